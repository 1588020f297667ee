package kr.innotrack.notice;

/** Who a notice is for. */
enum Audience {
    /** the officers of one department */
    DEPARTMENT,
    /** one account */
    ACCOUNT,
    /** the organization's planning admins */
    PLANNING
}

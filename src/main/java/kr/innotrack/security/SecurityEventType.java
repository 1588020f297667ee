package kr.innotrack.security;

import kr.innotrack.shared.Labeled;

/** What happened, in the words the planning admin reads on the security log page. */
public enum SecurityEventType implements Labeled {
    SIGN_IN_SUCCESS,
    SIGN_IN_FAILURE,
    SIGN_IN_BLOCKED,
    LOCKED,
    ADDRESS_LOCKED,
    UNLOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    SESSION_ENDED,
    OTHER_SESSIONS_ENDED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    ORGANIZATION_CREATED,
    ORGANIZATION_DISABLED,
    ORGANIZATION_ENABLED;
}

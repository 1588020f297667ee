package kr.innotrack.organization;

import kr.innotrack.shared.Labeled;

/** 알림 메일: whether and how an account gets its in-app notices by e-mail (내 계정). */
public enum NoticeMailChoice implements Labeled {
    /** 받지 않음 */
    NONE,
    /** 바로: one mail per notice, right after it is made */
    IMMEDIATE,
    /** 하루 한 번 모아서: one digest at 08:00 (Korea time) when something is new */
    DAILY
}

package kr.innotrack.organization;

import kr.innotrack.shared.Labeled;

/** Whether an account may sign in (사용) or not (중지), in the words of its history and conflict view. */
enum AccountState implements Labeled {
    ENABLED,
    DISABLED;

    static AccountState of(boolean enabled) {
        return enabled ? ENABLED : DISABLED;
    }
}

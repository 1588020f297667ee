package kr.innotrack.shared;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person may read this but not change it: answered with 403 and a page that says why. */
public class AccessDeniedHere extends AccessDeniedException {

    public AccessDeniedHere(String reason) {
        super(reason);
    }

    /** Only a planning admin may do this: 403 for anyone else, saying what was refused. */
    public static void unlessAdmin(CurrentUser user, String what) {
        if (!user.admin()) {
            throw new AccessDeniedHere(what + "은(는) 기획부서 관리자만 할 수 있습니다.");
        }
    }
}

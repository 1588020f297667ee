package kr.innotrack.shared;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person may read this but not change it: answered with 403 and a page that says why. */
public class AccessDeniedHere extends AccessDeniedException {

    public AccessDeniedHere(String reason) {
        super(reason);
    }
}

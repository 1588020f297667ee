package kr.innotrack.shared;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person may read this but not change it: answered with 403 and a page that says why. */
public class AccessDeniedHere extends AccessDeniedException implements Explained {

    private final transient Object[] args;

    public AccessDeniedHere(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    /** Only a planning admin may do this: 403 for anyone else, saying what was refused ({@code whatKey}'s words). */
    public static void unlessAdmin(CurrentUser user, String whatKey) {
        if (!user.admin()) {
            throw new AccessDeniedHere("error.adminOnly", Messages.key(whatKey));
        }
    }

    @Override
    public String messageKey() {
        return getMessage();
    }

    @Override
    public Object[] messageArgs() {
        return args;
    }
}

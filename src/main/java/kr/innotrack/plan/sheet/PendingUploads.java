package kr.innotrack.plan.sheet;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.RejectedInput;
import org.springframework.stereotype.Component;

/**
 * Carries an uploaded workbook from its preview to 「계획 만들기」 without trusting the client: the bytes stay in the
 * person's own HTTP session under a random token (one pending upload per session; a new upload replaces it), and
 * creation reads them again from there. The page only holds the token, which is worthless in another session.
 */
@Component
class PendingUploads {

    private static final String ATTRIBUTE = PendingUploads.class.getName();
    private final SecureRandom random = new SecureRandom();

    record Upload(String token, Long accountId, byte[] content) implements Serializable {
    }

    String keep(HttpSession session, CurrentUser user, byte[] content) {
        byte[] t = new byte[16];
        random.nextBytes(t);
        String token = HexFormat.of().formatHex(t);
        session.setAttribute(ATTRIBUTE, new Upload(token, user.accountId(), content));
        return token;
    }

    /** The kept file for this token, or a refusal: nothing kept, another token, another person. */
    byte[] find(HttpSession session, String token, CurrentUser user) {
        Object kept = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (!(kept instanceof Upload upload) || token == null || !upload.accountId().equals(user.accountId())
                || !MessageDigest.isEqual(upload.token().getBytes(), token.getBytes())) {
            throw new RejectedInput(null, "sheet.upload.expired");
        }
        return upload.content();
    }

    void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}

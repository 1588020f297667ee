package kr.innotrack.mail;

import java.time.LocalDateTime;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 예시 메일함: the demo's kept messages of the last day, newest first, for signed-in staff only (the page shows
 * citizens' one-time codes: a public page would let anyone vote with anyone's address). 404 outside the demo.
 */
@Controller
@RequiredArgsConstructor
class DemoMailboxController {

    private final DemoMailbox demo;
    private final MailOutbox outbox;

    @GetMapping("/demo/mailbox")
    String mailbox(Model model) {
        if (!demo.enabled()) {
            throw new NotFoundException("mail.demo.record", 0L);
        }
        LocalDateTime now = outbox.now();
        model.addAttribute("messages", outbox.demoMessages(now.minusDays(1), 50));
        return "mail/demo-mailbox";
    }
}

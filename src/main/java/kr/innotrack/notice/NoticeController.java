package kr.innotrack.notice;

import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import lombok.RequiredArgsConstructor;

/** The notices page, and the unread count the header loads after the page (so pages do not pay for it). */
@Controller
@RequiredArgsConstructor
class NoticeController {

    private final NoticeQueries queries;
    private final NoticeCommands notices;

    @GetMapping("/notices")
    String list(CurrentUser user, Model model) {
        model.addAttribute("items", queries.recent(user, 100));
        model.addAttribute("unread", queries.unreadCount(user));
        return "notice/notices";
    }

    @GetMapping("/notices/badge")
    String badge(CurrentUser user, Model model) {
        model.addAttribute("unread", queries.unreadCount(user));
        return "notice/notices :: badge";
    }

    /** Marking read is idempotent: when a parallel request marked it a moment earlier, the second try finds it read. */
    @PostMapping("/notices/{id}/open")
    String open(@PathVariable Long id, CurrentUser user) {
        try {
            return "redirect:" + notices.open(id, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            return "redirect:" + notices.open(id, user);
        }
    }

    @PostMapping("/notices/read-all")
    String readAll(CurrentUser user) {
        try {
            notices.markAllRead(user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            notices.markAllRead(user);
        }
        return "redirect:/notices";
    }
}

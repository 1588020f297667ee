package kr.innotrack.notice;

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
    private final NoticeReading reading;

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

    @PostMapping("/notices/{id}/open")
    String open(@PathVariable Long id, CurrentUser user) {
        return "redirect:" + reading.open(id, user);
    }

    @PostMapping("/notices/read-all")
    String readAll(CurrentUser user) {
        reading.markAllRead(user);
        return "redirect:/notices";
    }
}

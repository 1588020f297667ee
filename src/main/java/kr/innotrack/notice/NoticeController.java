package kr.innotrack.notice;

import kr.innotrack.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The notices page, and the unread count the header loads after the page (so pages do not pay for it). */
@Controller
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(CurrentUser user, Model model) {
        model.addAttribute("items", notices.recent(user, 100));
        model.addAttribute("unread", notices.unreadCount(user));
        return "notice/notices";
    }

    @GetMapping("/notices/badge")
    String badge(CurrentUser user, Model model) {
        model.addAttribute("unread", notices.unreadCount(user));
        return "notice/notices :: badge";
    }

    @PostMapping("/notices/{id}/open")
    String open(@PathVariable Long id, CurrentUser user) {
        return "redirect:" + notices.open(id, user);
    }

    @PostMapping("/notices/read-all")
    String readAll(CurrentUser user) {
        notices.markAllRead(user);
        return "redirect:/notices";
    }
}

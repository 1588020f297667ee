package kr.innotrack.backup;

import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 백업 (operator only, {@code /operator/**}): the embedded database's backups and the button that writes one. */
@Controller
@RequiredArgsConstructor
class BackupController {

    private final H2Backups backups;
    private final Messages messages;

    @GetMapping("/operator/backup")
    String page(Model model) {
        boolean available = backups.available();
        model.addAttribute("available", available);
        model.addAttribute("directory", backups.directory().toString());
        model.addAttribute("keep", backups.keep());
        model.addAttribute("files", available ? backups.list() : java.util.List.of());
        return "backup/backup";
    }

    @PostMapping("/operator/backup")
    String backUp(RedirectAttributes redirect) {
        H2Backups.BackupFile file = backups.backUp();
        redirect.addFlashAttribute("saved", messages.get("backup.saved", file.name()));
        return "redirect:/operator/backup";
    }
}

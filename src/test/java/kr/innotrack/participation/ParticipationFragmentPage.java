package kr.innotrack.participation;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A page with {@code fragments/participation.html}'s parts, as the public forms will use them: only in the
 * participation suites' context ({@link ParticipationContext} imports it; {@code @TestComponent} keeps it out of every
 * other context's component scan).
 */
@Controller
@TestComponent
class ParticipationFragmentPage {

    @Getter
    @Setter
    public static class Form {
        private String email;
        private String code;
        private String website;
    }

    @GetMapping("/test/participation-fragment")
    String page(Model model) {
        Form form = new Form();
        form.setEmail("citizen@example.kr");
        model.addAttribute("form", form);
        return "test/participation-fragment";
    }

    @PostMapping("/test/participation-fragment")
    String refused(@ModelAttribute("form") Form form, BindingResult binding) {
        binding.rejectValue("email", "participation.limit.address");
        binding.rejectValue("code", "participation.code.wrong");
        return "test/participation-fragment";
    }
}

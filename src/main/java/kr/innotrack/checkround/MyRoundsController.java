package kr.innotrack.checkround;

import kr.innotrack.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import lombok.RequiredArgsConstructor;

/** A department officer's to-do list in the cycle: entries to write in open rounds, remedies to write. */
@Controller
@RequiredArgsConstructor
class MyRoundsController {

    private final CheckRoundQueries rounds;

    @GetMapping("/my/rounds")
    String page(CurrentUser user, Model model) {
        CheckRoundQueries.DepartmentWork work = rounds.workOf(user.departmentId());
        model.addAttribute("work", work);
        model.addAttribute("questions", rounds.questionsOf(work.entries()));
        model.addAttribute("hasDepartment", user.departmentId() != null);
        model.addAttribute("today", rounds.today());
        return "checkround/my-rounds";
    }

    /** The same list as a block of the 내 부서 과제 page, loaded after it. */
    @GetMapping("/my/rounds/block")
    String block(CurrentUser user, Model model) {
        page(user, model);
        return "checkround/my-rounds :: block";
    }
}

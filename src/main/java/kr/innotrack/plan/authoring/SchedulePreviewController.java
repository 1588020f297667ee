package kr.innotrack.plan.authoring;

import kr.innotrack.plan.Plan;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The live preview of a schedule line while it is typed (htmx {@code hx-get}): the months in words, and, when the
 * text names none, the month inputs the line then needs. Reads nothing but the plan's year.
 */
@Controller
@RequiredArgsConstructor
class SchedulePreviewController {

    private final TaskDefinitionQueries queries;
    private final Messages messages;

    @GetMapping("/plans/{planId}/schedule-preview")
    String preview(@PathVariable Long planId, @ModelAttribute("form") ScheduleLineForm form, BindingResult binding,
                   CurrentUser user, Model model) {
        Plan plan = queries.openPlan(planId, user);
        // a month typed half-way stays in its input (the binder keeps it); it is judged when the line is saved
        preview(form, plan.getPlanYear(), binding.hasFieldErrors("plannedStart")
                || binding.hasFieldErrors("plannedEnd"), messages, model);
        model.addAttribute("plan", plan);
        return "plan/authoring/schedule-line-form :: preview";
    }

    /** What the preview fragment shows: the words, and whether the month inputs are needed. */
    static void preview(ScheduleLineForm form, int planYear, boolean monthErrors, Messages messages, Model model) {
        model.addAttribute("preview", SchedulePreview.of(form.getScheduleText(), form.parsed(planYear), messages));
        model.addAttribute("needsMonths", form.needsMonths(planYear) || monthErrors);
    }
}

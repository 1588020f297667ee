package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import lombok.RequiredArgsConstructor;

/** A remedy (원인분석·개선대책): the department writes and submits it; the office accepts or returns it. */
@Controller
@RequestMapping("/remedies/{remedyId}")
@RequiredArgsConstructor
class RemedyController {

    private final CheckRoundQueries rounds;
    private final RemedyCommands commands;

    @GetMapping
    String show(@PathVariable Long remedyId, CurrentUser user, Model model) {
        CheckRoundQueries.RemedyPage page = rounds.remedyPage(remedyId, user);
        model.addAttribute("form", RemedyForm.of(page.remedy(), page.milestones()));
        model.addAttribute("decision", decision(page.remedy()));
        return page(page, model);
    }

    @PostMapping
    String save(@PathVariable Long remedyId, @RequestParam(defaultValue = "save") String action,
                @Valid @ModelAttribute("form") RemedyForm form, BindingResult binding, CurrentUser user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Remedy remedy = rounds.remedy(remedyId, user.organizationId());
        RoundPolicy.checkWriteFor(user, remedy.getDepartmentId());
        boolean submit = "submit".equals(action);
        form.validate(submit, rounds.today(), remedy.getEntry().getRound().getPlan().getPlanYear(), binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("decision", decision(remedy));
            return page(remedy, user, model);
        }
        try {
            commands.save(remedyId, form, submit, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            Remedy current = rounds.remedy(remedyId, user.organizationId());
            Conflicts.show(model, response,
                    RemedyForm.of(current, rounds.milestonesOf(current.getTaskId())).describe(), form.describe());
            form.setVersion(current.getVersion());
            model.addAttribute("decision", decision(current));
            return page(current, user, model);
        }
        redirect.addFlashAttribute("saved", submit ? "개선대책을 제출했습니다. 기획부서가 검토합니다." : "임시 저장했습니다.");
        return "redirect:/remedies/" + remedyId;
    }

    @PostMapping("/decision")
    String decide(@PathVariable Long remedyId, @Valid @ModelAttribute("decision") DecisionForm form,
                  BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "개선대책 검토");
        Remedy remedy = rounds.remedy(remedyId, user.organizationId());
        form.validate(binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", RemedyForm.of(remedy, rounds.milestonesOf(remedy.getTaskId())));
            return page(remedy, user, model);
        }
        try {
            commands.decide(remedyId, form, user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            redirect.addFlashAttribute("error", "그 사이 부서가 개선대책을 고쳤습니다. 현재 내용을 확인한 뒤 다시 결정하세요.");
            return "redirect:/remedies/" + remedyId;
        }
        redirect.addFlashAttribute("saved", form.isAccept()
                ? "개선대책을 수용했습니다. 조정한 일정이 과제에 반영되었습니다." : "보완을 요청했습니다.");
        return "redirect:/remedies/" + remedyId;
    }

    private static DecisionForm decision(Remedy remedy) {
        DecisionForm f = new DecisionForm();
        f.setVersion(remedy.getVersion());
        return f;
    }

    private String page(Remedy remedy, CurrentUser user, Model model) {
        return page(rounds.remedyPage(remedy, user), model);
    }

    private static String page(CheckRoundQueries.RemedyPage page, Model model) {
        model.addAttribute("remedy", page.remedy());
        model.addAttribute("entry", page.remedy().getEntry());
        model.addAttribute("round", page.round());
        model.addAttribute("plan", page.round().getPlan());
        model.addAttribute("mayWrite", page.mayWrite());
        model.addAttribute("mayDecide", page.mayDecide());
        model.addAttribute("revisionRows", page.revisionRows());
        model.addAttribute("overdue", page.overdue());
        model.addAttribute("history", page.history());
        return "checkround/remedy";
    }
}

package kr.innotrack.checkround;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.innotrack.history.HistoryQueries;
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

/** A remedy (원인분석·개선대책): the department writes and submits it; the office accepts or returns it. */
@Controller
@RequestMapping("/remedies/{remedyId}")
class RemedyController {

    private final CheckRoundService rounds;
    private final RoundCycle cycle;
    private final HistoryQueries history;

    RemedyController(CheckRoundService rounds, RoundCycle cycle, HistoryQueries history) {
        this.rounds = rounds;
        this.cycle = cycle;
        this.history = history;
    }

    @GetMapping
    String show(@PathVariable Long remedyId, CurrentUser user, Model model) {
        Remedy remedy = rounds.remedy(remedyId, user.organizationId());
        model.addAttribute("form", RemedyForm.of(remedy, rounds.milestonesOf(remedy.getTaskId())));
        model.addAttribute("decision", decision(remedy));
        return page(remedy, user, model);
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
            cycle.saveRemedy(remedyId, form, submit, user);
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
            cycle.decideRemedy(remedyId, form, user);
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

    /** One proposed revision as the page shows it: the milestone by its description, the months replaced and the new ones. */
    record RevisionRow(String milestone, java.time.YearMonth oldStart, java.time.YearMonth oldEnd,
                       java.time.YearMonth newStart, java.time.YearMonth newEnd) {
    }

    private java.util.List<RevisionRow> revisionRows(Remedy remedy) {
        java.util.Map<Long, kr.innotrack.plan.Milestone> milestones = rounds.milestonesOf(remedy.getTaskId()).stream()
                .collect(java.util.stream.Collectors.toMap(kr.innotrack.plan.Milestone::getId, m -> m));
        boolean applied = remedy.getState() == RemedyState.ACCEPTED;
        return remedy.getRevisions().stream().map(r -> {
            kr.innotrack.plan.Milestone m = milestones.get(r.getMilestoneId());
            boolean kept = r.getOldStart() != null || r.getOldEnd() != null;
            // A revision proposed before the months it replaces were kept: until accepted, they are the plan's own.
            java.time.YearMonth oldStart = kept || applied || m == null ? r.getOldStart() : m.getPlannedStart();
            java.time.YearMonth oldEnd = kept || applied || m == null ? r.getOldEnd() : m.getPlannedEnd();
            return new RevisionRow(m == null ? "삭제된 추진일정" : m.getDescription(), oldStart, oldEnd, r.getNewStart(),
                    r.getNewEnd());
        }).toList();
    }

    private String page(Remedy remedy, CurrentUser user, Model model) {
        CheckRound round = remedy.getEntry().getRound();
        model.addAttribute("remedy", remedy);
        model.addAttribute("entry", remedy.getEntry());
        model.addAttribute("round", round);
        model.addAttribute("plan", round.getPlan());
        model.addAttribute("mayWrite", RoundPolicy.mayWriteFor(user, remedy.getDepartmentId())
                && remedy.getState().writable());
        model.addAttribute("mayDecide", user.admin() && remedy.getState() == RemedyState.SUBMITTED);
        model.addAttribute("revisionRows", revisionRows(remedy));
        model.addAttribute("overdue", remedy.getState().open() && remedy.getDueDate() != null
                && remedy.getDueDate().isBefore(rounds.today()));
        model.addAttribute("history", history.savesOfRecord(RoundCycle.REMEDY, remedy.getId()));
        return "checkround/remedy";
    }
}

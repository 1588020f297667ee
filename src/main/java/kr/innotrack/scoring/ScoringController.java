package kr.innotrack.scoring;

import kr.innotrack.shared.Csv;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.plan.Plan;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskService;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.Conflicts;
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

/** The scoring model, the contest (votes, panel scores, closing), the collaboration evaluation and the awards. */
@Controller
@RequestMapping("/plans/{planId}")
class ScoringController {

    private final ScoringService scoring;
    private final ScoringWork work;

    ScoringController(ScoringService scoring, ScoringWork work) {
        this.scoring = scoring;
        this.work = work;
    }

    // ---------------------------------------------------------------- model

    @GetMapping("/scoring-model")
    String model(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("form", scoring.model(planId).form());
        return modelPage(plan, user, model);
    }

    @PostMapping("/scoring-model")
    String saveModel(@PathVariable Long planId, @Valid @ModelAttribute("form") ModelForm form, BindingResult binding,
                     CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "평가 모델 변경");
        Plan plan = scoring.plan(planId, user.organizationId());
        form.validate(plan.getPlanYear(), binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return modelPage(plan, user, model);
        }
        try {
            int version = work.saveModel(planId, form, user);
            redirect.addFlashAttribute("saved", "평가 모델 " + version + "판을 저장했습니다. 순위가 새 가중치로 다시 계산됩니다.");
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            form.setBasedOn(scoring.model(planId).versionNo());
            return modelPage(plan, user, model);
        }
        return "redirect:/plans/" + planId + "/ranking";
    }

    private String modelPage(Plan plan, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("history", scoring.modelHistory(plan.getId()));
        return "scoring/model";
    }

    // ---------------------------------------------------------------- contest

    @GetMapping("/contest")
    String contest(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        boolean closed = scoring.voteClosed(planId);
        List<Long> mine = scoring.myVotes(planId, user.accountId());
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", scoring.tasksOf(planId));
        model.addAttribute("closed", closed);
        model.addAttribute("contest", scoring.contest(planId).orElse(null));
        model.addAttribute("mine", mine);
        model.addAttribute("limit", scoring.model(planId).form().getVotesPerAccount());
        model.addAttribute("mayVote", user.role() != kr.innotrack.shared.Role.VIEWER && !closed);
        model.addAttribute("isAdmin", user.admin());
        // The counts are public only once the vote is closed.
        model.addAttribute("counts", closed ? scoring.voteCounts(planId) : Map.of());
        model.addAttribute("panel", closed || user.admin() ? panelAverages(planId) : Map.of());
        model.addAttribute("members", scoring.panelScores(planId).stream().map(PanelScore::getPanelMember).distinct().toList());
        return "scoring/contest";
    }

    private Map<Long, Double> panelAverages(Long planId) {
        return scoring.panelScores(planId).stream().collect(Collectors.groupingBy(PanelScore::getTaskId,
                Collectors.averagingDouble(p -> p.getScore().doubleValue())));
    }

    @PostMapping("/contest/votes")
    String vote(@PathVariable Long planId, @RequestParam Long taskId, CurrentUser user, RedirectAttributes redirect) {
        work.vote(planId, taskId, user);
        redirect.addFlashAttribute("saved", "투표했습니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    @PostMapping("/contest/close")
    String close(@PathVariable Long planId, CurrentUser user, RedirectAttributes redirect) {
        work.closeVote(planId, user);
        redirect.addFlashAttribute("saved", "투표를 마감했습니다. 이제 득표수가 공개되고 순위에 반영됩니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    @GetMapping("/contest/panel")
    String panel(@PathVariable Long planId, @RequestParam(required = false) String member, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "외부 평가 점수 입력");
        Plan plan = scoring.plan(planId, user.organizationId());
        ScoreForms.PanelForm form = new ScoreForms.PanelForm();
        form.setMember(member);
        form.setLines(panelLines(planId, member));
        model.addAttribute("form", form);
        return panelPage(plan, model);
    }

    /** A line per task of the plan with the member's saved score and its version (none for a new member). */
    private List<ScoreForms.Line> panelLines(Long planId, String member) {
        Map<Long, PanelScore> existing = new HashMap<>();
        if (member != null) {
            scoring.panelScores(planId).stream().filter(p -> p.getPanelMember().equals(member.strip()))
                    .forEach(p -> existing.put(p.getTaskId(), p));
        }
        List<ScoreForms.Line> lines = new ArrayList<>();
        for (Task t : scoring.tasksOf(planId)) {
            PanelScore saved = existing.get(t.getId());
            lines.add(new ScoreForms.Line(t.getId(), null, t.getCode() + " " + t.getTitle(),
                    saved == null ? null : saved.getScore(), saved == null ? null : saved.getVersion()));
        }
        return lines;
    }

    @PostMapping("/contest/panel")
    String savePanel(@PathVariable Long planId, @Valid @ModelAttribute("form") ScoreForms.PanelForm form,
                     BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "외부 평가 점수 입력");
        Plan plan = scoring.plan(planId, user.organizationId());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return panelPage(plan, model);
        }
        try {
            work.savePanelScores(planId, form.getMember(), form.scores(), user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            // Someone saved this member's scores meanwhile: theirs beside these, the form now based on theirs.
            List<ScoreForms.Line> current = panelLines(planId, form.getMember());
            Conflicts.show(model, response, ScoreForms.describe(current), ScoreForms.describe(form.getLines()));
            rebase(form.getLines(), current);
            return panelPage(plan, model);
        }
        redirect.addFlashAttribute("saved", "평가위원 ‘" + form.getMember() + "’의 점수를 저장했습니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    private String panelPage(Plan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("members", scoring.panelScores(plan.getId()).stream().map(PanelScore::getPanelMember).distinct().toList());
        return "scoring/panel";
    }

    // ---------------------------------------------------------------- collaboration

    @GetMapping("/collaboration-scores")
    String collaboration(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        ScoreForms.CollaborationForm form = new ScoreForms.CollaborationForm();
        form.setLines(collaborationLines(planId, user));
        model.addAttribute("form", form);
        return collaborationPage(plan, user, model);
    }

    private List<ScoreForms.Line> collaborationLines(Long planId, CurrentUser user) {
        Map<String, CollaborationScore> existing = new HashMap<>();
        scoring.collaborationScores(planId).forEach(c -> existing.put(c.getTaskId() + ":" + c.getDepartmentId(), c));
        Map<Long, Task> tasks = scoring.tasksOf(planId).stream().collect(Collectors.toMap(Task::getId, t -> t));
        List<ScoreForms.Line> lines = new ArrayList<>();
        for (TaskService.Collaboration c : scoring.collaborations(planId)) {
            Task t = tasks.get(c.taskId());
            boolean lead = t.getLeadDepartment() != null && t.getLeadDepartment().getId().equals(user.departmentId());
            if (user.admin() || lead || user.role() == kr.innotrack.shared.Role.VIEWER) {
                CollaborationScore saved = existing.get(c.taskId() + ":" + c.departmentId());
                lines.add(new ScoreForms.Line(t.getId(), c.departmentId(),
                        t.getCode() + " " + t.getTitle() + " (주관 " + (t.getLeadDepartment() == null ? "-" : t.getLeadDepartment().getName())
                                + ") → " + c.departmentName(), saved == null ? null : saved.getScore(),
                        saved == null ? null : saved.getVersion()));
            }
        }
        return lines;
    }

    @PostMapping("/collaboration-scores")
    String saveCollaboration(@PathVariable Long planId, @Valid @ModelAttribute("form") ScoreForms.CollaborationForm form,
                             BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        Plan plan = scoring.plan(planId, user.organizationId());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return collaborationPage(plan, user, model);
        }
        try {
            work.saveCollaborationScores(planId, form.scores(), user);
        } catch (RuntimeException e) {
            Conflicts.unlessLostRace(e);
            List<ScoreForms.Line> current = collaborationLines(planId, user);
            Conflicts.show(model, response, ScoreForms.describe(current), ScoreForms.describe(form.getLines()));
            rebase(form.getLines(), current);
            return collaborationPage(plan, user, model);
        }
        redirect.addFlashAttribute("saved", "협업부서 평가를 저장했습니다.");
        return "redirect:/plans/" + planId + "/collaboration-scores";
    }

    /** After a conflict the person's lines are based on the saved versions, so one more save applies them knowingly. */
    private static void rebase(List<ScoreForms.Line> mine, List<ScoreForms.Line> current) {
        Map<String, Long> versions = new HashMap<>();
        current.forEach(l -> versions.put(l.getTaskId() + ":" + l.getDepartmentId(), l.getVersion()));
        mine.forEach(l -> l.setVersion(versions.get(l.getTaskId() + ":" + l.getDepartmentId())));
    }

    private String collaborationPage(Plan plan, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("mayEdit", user.role() != kr.innotrack.shared.Role.VIEWER);
        return "scoring/collaboration";
    }

    // ---------------------------------------------------------------- awards

    @GetMapping("/awards")
    String awards(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        AwardForm form = AwardForm.defaults(scoring.model(planId).form().getCollaboration() > 0);
        model.addAttribute("form", form);
        return awardsPage(plan, form, user, model);
    }

    /** The proposal for other grades, counts or amounts; changes nothing. */
    @PostMapping("/awards/preview")
    String preview(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response) {
        Plan plan = scoring.plan(planId, user.organizationId());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return awardsPage(plan, form, user, model);
    }

    @PostMapping("/awards")
    String confirm(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "포상 확정");
        Plan plan = scoring.plan(planId, user.organizationId());
        form.validate(scoring.ranking(planId, user.organizationId()).departments().size(), binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return awardsPage(plan, form, user, model);
        }
        work.confirmAwards(planId, form, user);
        redirect.addFlashAttribute("saved", "포상 결과를 확정했습니다. 이후 자료나 가중치가 바뀌어도 이 결과는 바뀌지 않습니다.");
        return "redirect:/plans/" + planId + "/awards";
    }

    private String awardsPage(Plan plan, AwardForm form, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("isAdmin", user.admin());
        var result = scoring.award(plan.getId()).orElse(null);
        model.addAttribute("result", result);
        if (result == null) {
            ScoringService.Ranking ranking = scoring.ranking(plan.getId(), user.organizationId());
            model.addAttribute("ranking", ranking);
            model.addAttribute("proposals", ScoringWork.propose(ranking.departments(), form));
        }
        return "scoring/awards";
    }

    @GetMapping("/awards.csv")
    void awardsCsv(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        scoring.plan(planId, user.organizationId());
        AwardResult result = scoring.award(planId).orElseThrow(() -> new kr.innotrack.shared.NotFoundException("확정된 포상 결과", planId));
        PrintWriter out = Csv.download(response, "awards-" + planId + ".csv");
        out.print("순위,부서,점수,과제 수,포상,포상금(천원),평가 항목\r\n");
        for (AwardLine l : result.getLines()) {
            out.print(l.getRank() + "," + Csv.cell(l.getDepartmentName()) + "," + l.getScore().toPlainString() + ","
                    + l.getTaskCount() + "," + Csv.cell(l.getGrade()) + "," + (l.getAmountThousandWon() == null ? "" : l.getAmountThousandWon())
                    + "," + Csv.cell(l.getComponents()) + "\r\n");
        }
        out.print(Csv.cell("평가 모델 " + result.getModelVersionNo() + "판, 확정 " + result.getConfirmedAt() + " " + result.getConfirmedBy()) + "\r\n");
        out.flush();
    }
}

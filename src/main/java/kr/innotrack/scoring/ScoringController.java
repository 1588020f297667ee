package kr.innotrack.scoring;

import kr.innotrack.shared.web.Csv;
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
import kr.innotrack.plan.TaskQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.web.Confirmation;
import kr.innotrack.shared.web.Conflicts;
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
        ContestState.Phase phase = scoring.phase(planId);
        boolean closed = phase == ContestState.Phase.CLOSED;
        List<Long> mine = scoring.myVotes(planId, user.accountId());
        model.addAttribute("plan", plan);
        model.addAttribute("phase", phase);
        model.addAttribute("closed", closed);
        model.addAttribute("contest", scoring.contest(planId).orElse(null));
        model.addAttribute("candidates", scoring.candidateViews(plan, user));
        model.addAttribute("mine", mine);
        model.addAttribute("limit", scoring.model(planId).form().getVotesPerAccount());
        model.addAttribute("excludeOwn", scoring.model(planId).form().isExcludeOwnVotes());
        model.addAttribute("mayVote", user.role() != kr.innotrack.shared.Role.VIEWER && phase == ContestState.Phase.VOTING);
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("myDepartmentId", user.officer() ? user.departmentId() : null);
        model.addAttribute("blockers", phase == ContestState.Phase.PREPARING ? work.openingBlockers(planId) : List.of());
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

    /** The office's shortlist (본선 과제): every task of the plan with a checkbox, while the contest is being prepared. */
    @GetMapping("/contest/shortlist")
    String shortlist(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "본선 과제 선정");
        Plan plan = scoring.plan(planId, user.organizationId());
        return shortlistPage(plan, scoring.candidates(planId).stream().map(ContestCandidate::getTaskId).toList(),
                work.contestVersion(planId), model);
    }

    private String shortlistPage(Plan plan, List<Long> selected, long version, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", scoring.tasksOf(plan.getId()));
        model.addAttribute("selected", selected);
        model.addAttribute("contestVersion", version);
        model.addAttribute("phase", scoring.phase(plan.getId()));
        return "scoring/shortlist";
    }

    @PostMapping("/contest/shortlist")
    String saveShortlist(@PathVariable Long planId, @RequestParam(name = "taskIds", required = false) List<Long> taskIds,
                         @RequestParam(required = false) Long version, CurrentUser user, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "본선 과제 선정");
        Plan plan = scoring.plan(planId, user.organizationId());
        List<Long> ids = taskIds == null ? List.of() : taskIds;
        try {
            work.saveShortlist(planId, new java.util.HashSet<>(ids), version, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("staleShortlist", true);
            model.addAttribute("current", scoring.candidates(planId).stream().map(ContestCandidate::getTaskId).toList());
            return shortlistPage(plan, ids, work.contestVersion(planId), model);
        }
        redirect.addFlashAttribute("saved", "본선 과제 " + ids.size() + "건을 정했습니다. 주관부서가 성과 요약을 쓰면 투표를 시작할 수 있습니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    /** A candidate's results summary, written by its lead department before voting opens. */
    @GetMapping("/contest/candidates/{taskId}/summary")
    String summary(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        ContestCandidate c = scoring.candidate(planId, taskId, user.organizationId());
        model.addAttribute("form", SummaryForm.of(c));
        return summaryPage(plan, taskId, user, model);
    }

    private String summaryPage(Plan plan, Long taskId, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("view", scoring.candidateViews(plan, user).stream()
                .filter(v -> v.task().getId().equals(taskId)).findFirst()
                .orElseThrow(() -> new kr.innotrack.shared.NotFoundException("본선 과제", taskId)));
        model.addAttribute("phase", scoring.phase(plan.getId()));
        return "scoring/summary";
    }

    @PostMapping("/contest/candidates/{taskId}/summary")
    String saveSummary(@PathVariable Long planId, @PathVariable Long taskId, @Valid @ModelAttribute("form") SummaryForm form,
                       BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Plan plan = scoring.plan(planId, user.organizationId());
        scoring.candidate(planId, taskId, user.organizationId());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return summaryPage(plan, taskId, user, model);
        }
        try {
            work.writeSummary(planId, taskId, form, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            ContestCandidate current = scoring.candidate(planId, taskId, user.organizationId());
            kr.innotrack.shared.web.Conflicts.show(model, response, java.util.Collections.singletonMap("성과 요약", current.getSummary()),
                    java.util.Collections.singletonMap("성과 요약", form.getSummary()));
            form.setVersion(current.getVersion());
            return summaryPage(plan, taskId, user, model);
        }
        redirect.addFlashAttribute("saved", "성과 요약을 저장했습니다. 투표가 시작되면 투표하는 직원이 이 요약을 읽습니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    @PostMapping("/contest/votes")
    String vote(@PathVariable Long planId, @RequestParam Long taskId, CurrentUser user, RedirectAttributes redirect) {
        work.vote(planId, taskId, user);
        redirect.addFlashAttribute("saved", "투표했습니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    /** Opening the vote asks first: the shortlist and the summaries are locked from then on. */
    @GetMapping("/contest/open")
    String confirmOpen(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "투표 시작");
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("confirmation", opening(plan));
        return "confirm";
    }

    private Confirmation opening(Plan plan) {
        Long planId = plan.getId();
        List<String> blockers = work.openingBlockers(planId);
        Confirmation.Builder c = Confirmation.of("scoring", "직원투표 시작")
                .lead("투표를 시작하면 되돌릴 수 없습니다. 본선 과제와 성과 요약이 그대로 굳고, 직원은 마감 전까지 본선 과제에 투표합니다.")
                .consequence("본선 과제 " + scoring.candidates(planId).size() + "건이 투표 대상이 됩니다. 본선 과제를 더하거나 뺄 수 없습니다.")
                .consequence("성과 요약을 더 고칠 수 없습니다. 모든 투표자가 같은 요약을 읽습니다.")
                .consequence(scoring.model(planId).form().isExcludeOwnVotes()
                        ? "직원은 자기 부서가 주관하거나 협업하는 과제에는 투표할 수 없습니다." : "평가 모델이 자기 부서 과제 투표를 허용합니다.")
                .cancel("/plans/" + planId + "/contest").post("/plans/" + planId + "/contest/open", "투표 시작").safe();
        if (scoring.phase(planId) != ContestState.Phase.PREPARING) {
            c.blocked("이미 시작된 투표입니다.");
        } else if (!blockers.isEmpty()) {
            c.blocked(String.join(" ", blockers));
        }
        return c.build();
    }

    @PostMapping("/contest/open")
    String open(@PathVariable Long planId, @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "투표 시작");
        scoring.plan(planId, user.organizationId());
        if (!confirm) {
            return "redirect:/plans/" + planId + "/contest/open";
        }
        work.openVote(planId, true, user);
        redirect.addFlashAttribute("saved", "직원투표를 시작했습니다.");
        return "redirect:/plans/" + planId + "/contest";
    }

    /** Closing the vote asks first: the counts become public and count in the ranking. */
    @GetMapping("/contest/close")
    String confirmClose(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "투표 마감");
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("plan", plan);
        model.addAttribute("confirmation", closing(plan));
        return "confirm";
    }

    private Confirmation closing(Plan plan) {
        Long planId = plan.getId();
        long votes = scoring.voteCounts(planId).values().stream().mapToLong(Long::longValue).sum();
        long voters = scoring.voterCount(planId);
        Confirmation.Builder c = Confirmation.of("scoring", "직원투표 마감")
                .lead("마감한 투표는 다시 열 수 없습니다.")
                .consequence("지금까지 " + voters + "명이 " + votes + "표를 던졌습니다. 마감 뒤에는 아무도 투표할 수 없습니다.")
                .consequence("득표수와 외부평가 점수가 공개되고, 성과 경연 점수가 부서 순위에 반영됩니다.")
                .cancel("/plans/" + planId + "/contest").post("/plans/" + planId + "/contest/close", "투표 마감");
        if (scoring.phase(planId) != ContestState.Phase.VOTING) {
            c.blocked(scoring.phase(planId) == ContestState.Phase.CLOSED ? "이미 마감된 투표입니다." : "아직 시작하지 않은 투표입니다.");
        }
        return c.build();
    }

    @PostMapping("/contest/close")
    String close(@PathVariable Long planId, @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user,
                 RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "투표 마감");
        scoring.plan(planId, user.organizationId());
        if (!confirm) {
            return "redirect:/plans/" + planId + "/contest/close";
        }
        work.closeVote(planId, true, user);
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
        for (TaskQueries.Collaboration c : scoring.collaborations(planId)) {
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

    /** The proposal for other grades, counts, amounts or tie order; changes nothing. */
    @PostMapping("/awards/preview")
    String preview(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response) {
        Plan plan = scoring.plan(planId, user.organizationId());
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return awardsPage(plan, form, user, model);
    }

    /**
     * 「이대로 확정」 first shows the confirmation page (the winners, the amounts, the ties and how they were ordered);
     * its button posts again with confirm=true, which freezes the result.
     */
    @PostMapping("/awards")
    String confirm(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "포상 확정");
        Plan plan = scoring.plan(planId, user.organizationId());
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        form.validate(ranking.departments().size(), binding);
        AwardPlan proposal = AwardPlan.of(ranking.departments(), form, ranking.model().form().getMinAwardScore());
        form.alignTies(proposal);
        form.validateTies(proposal, binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return awardsPage(plan, form, user, model);
        }
        List<String> blockers = work.awardBlockers(planId);
        if (!blockers.isEmpty()) {
            throw new kr.innotrack.shared.NotAllowedNow(String.join(" ", blockers));
        }
        if (!confirm) {
            model.addAttribute("plan", plan);
            model.addAttribute("confirmation", awardConfirmation(plan, form, proposal));
            return "confirm";
        }
        work.confirmAwards(planId, form, true, user);
        redirect.addFlashAttribute("saved", "포상 결과를 확정했습니다. 이후 자료나 가중치가 바뀌어도 이 결과는 바뀌지 않습니다.");
        return "redirect:/plans/" + planId + "/awards";
    }

    private static Confirmation awardConfirmation(Plan plan, AwardForm form, AwardPlan proposal) {
        Long planId = plan.getId();
        long total = proposal.proposals().stream().filter(p -> p.grade() != null && p.grade().getAmount() != null)
                .mapToLong(p -> p.grade().getAmount()).sum();
        Confirmation.Builder c = Confirmation.of("scoring", "포상 확정")
                .lead("확정한 포상 결과는 바꿀 수 없습니다. 이후 자료나 가중치가 바뀌어도 이 결과와 사용한 평가 모델 판이 그대로 남습니다.")
                .cancel("/plans/" + planId + "/awards").post("/plans/" + planId + "/awards", "포상 확정");
        proposal.proposals().stream().filter(p -> p.grade() != null).forEach(p -> c.consequence(p.grade().getName() + ": "
                + p.department().name() + " (" + p.place() + "위, " + ScoreCalculator.fmt(p.department().score()) + "점"
                + (p.grade().getAmount() == null ? "" : ", " + String.format("%,d", p.grade().getAmount()) + "천원") + ")"));
        c.consequence("포상금 합계 " + String.format("%,d", total) + "천원");
        if (proposal.unfilled() > 0) {
            c.warning("포상 하한 점수(" + proposal.floor().stripTrailingZeros().toPlainString() + "점)를 넘는 부서가 모자라 "
                    + proposal.unfilled() + "자리는 비워 둡니다.");
        }
        for (AwardPlan.TieGroup t : proposal.decidingTies()) {
            c.warning("동점 " + t.score().toPlainString() + "점인 " + t.names() + "은(는) 관리자가 정한 순서로 포상합니다. 사유: "
                    + form.getTieReason());
        }
        for (int i = 0; i < form.getGrades().size(); i++) {
            AwardForm.Grade g = form.getGrades().get(i);
            c.field("grades[" + i + "].name", g.getName()).field("grades[" + i + "].count", g.getCount())
                    .field("grades[" + i + "].amount", g.getAmount());
        }
        for (int i = 0; i < form.getTies().size(); i++) {
            AwardForm.TieLine t = form.getTies().get(i);
            c.field("ties[" + i + "].departmentId", t.getDepartmentId()).field("ties[" + i + "].order", t.getOrder());
        }
        if (form.getTieReason() != null) {
            c.field("tieReason", form.getTieReason());
        }
        return c.build();
    }

    private String awardsPage(Plan plan, AwardForm form, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("isAdmin", user.admin());
        var result = scoring.award(plan.getId()).orElse(null);
        model.addAttribute("result", result);
        if (result == null) {
            ScoringService.Ranking ranking = scoring.ranking(plan.getId(), user.organizationId());
            AwardPlan proposal = AwardPlan.of(ranking.departments(), form, ranking.model().form().getMinAwardScore());
            form.alignTies(proposal);
            model.addAttribute("ranking", ranking);
            model.addAttribute("proposal", proposal);
            model.addAttribute("proposals", proposal.proposals());
            model.addAttribute("blockers", work.awardBlockers(plan.getId()));
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
        if (result.getTieNote() != null) {
            out.print(Csv.cell(result.getTieNote()) + "\r\n");
        }
        out.flush();
    }
}

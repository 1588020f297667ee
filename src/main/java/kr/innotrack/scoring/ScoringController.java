package kr.innotrack.scoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.web.Confirmation;
import kr.innotrack.shared.web.Csv;
import kr.innotrack.shared.web.FormSubmission;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class ScoringController {

    private final ScoringQueries scoring;
    private final ScoringCommands work;
    private final FormSubmission submissions;

    // ---------------------------------------------------------------- model

    @GetMapping("/scoring-model")
    String model(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        ScoringQueries.ModelView current = scoring.model(planId);
        model.addAttribute("form", ModelForm.of(current.versionNo(), current.settings()));
        return modelPage(plan, user, model);
    }

    @PostMapping("/scoring-model")
    String saveModel(@PathVariable Long planId, @Valid @ModelAttribute("form") ModelForm form, BindingResult binding,
                     CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "평가 모델 변경");
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .check(() -> form.check(plan.getPlanYear()))
                .page(() -> {
                    if (model.containsAttribute("conflict")) {
                        model.addAttribute("stale", true);
                    }
                    return modelPage(plan, user, model);
                })
                .current(() -> { ScoringQueries.ModelView saved = scoring.model(planId); return ModelForm.of(saved.versionNo(), saved.settings()); })
                .saveReturning(() -> work.saveModel(planId, form.toSettings(), form.getBasedOn(), user))
                .then(version -> {
                    redirect.addFlashAttribute("saved", "평가 모델 " + version + "판을 저장했습니다. 순위가 새 가중치로 다시 계산됩니다.");
                    return "redirect:/plans/" + planId + "/ranking";
                });
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
        model.addAllAttributes(scoring.contestPage(planId, user).attributes());
        return "scoring/contest";
    }

    /** The office's shortlist (본선 과제): every task of the plan with a checkbox, while the contest is being prepared. */
    @GetMapping("/contest/shortlist")
    String shortlist(@PathVariable Long planId, CurrentUser user, Model model) {
        AccessDeniedHere.unlessAdmin(user, "본선 과제 선정");
        Plan plan = scoring.plan(planId, user.organizationId());
        return shortlistPage(plan, ShortlistForm.of(scoring.shortlist(planId), scoring.contestVersion(planId)), model);
    }

    private String shortlistPage(Plan plan, ShortlistForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", scoring.tasksOf(plan.getId()));
        model.addAttribute("selected", form.getTaskIds());
        model.addAttribute("contestVersion", form.getVersion());
        model.addAttribute("phase", scoring.phase(plan.getId()));
        return "scoring/shortlist";
    }

    @PostMapping("/contest/shortlist")
    String saveShortlist(@PathVariable Long planId, @ModelAttribute("shortlistForm") ShortlistForm form,
                         BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "본선 과제 선정");
        Plan plan = scoring.plan(planId, user.organizationId());
        List<Long> ids = form.getTaskIds();
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    if (model.containsAttribute("conflict")) {
                        model.addAttribute("staleShortlist", true);
                        model.addAttribute("current", scoring.shortlist(planId));
                    }
                    return shortlistPage(plan, form, model);
                })
                .current(() -> ShortlistForm.of(scoring.shortlist(planId), scoring.contestVersion(planId)))
                .save(() -> work.saveShortlist(planId, new HashSet<>(ids), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", "본선 과제 " + ids.size() + "건을 정했습니다. 주관부서가 성과 요약을 쓰면 투표를 시작할 수 있습니다.");
                    return "redirect:/plans/" + planId + "/contest";
                });
    }

    /** A candidate's results summary, written by its lead department before voting opens. */
    @GetMapping("/contest/candidates/{taskId}/summary")
    String summary(@PathVariable Long planId, @PathVariable Long taskId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("form", SummaryForm.of(scoring.candidate(planId, taskId, user.organizationId())));
        return summaryPage(plan, taskId, user, model);
    }

    private String summaryPage(Plan plan, Long taskId, CurrentUser user, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("view", scoring.candidateView(plan, taskId, user));
        model.addAttribute("phase", scoring.phase(plan.getId()));
        return "scoring/summary";
    }

    @PostMapping("/contest/candidates/{taskId}/summary")
    String saveSummary(@PathVariable Long planId, @PathVariable Long taskId, @Valid @ModelAttribute("form") SummaryForm form,
                       BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Plan plan = scoring.plan(planId, user.organizationId());
        scoring.candidate(planId, taskId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> summaryPage(plan, taskId, user, model))
                .current(() -> SummaryForm.of(scoring.candidate(planId, taskId, user.organizationId())))
                .save(() -> work.writeSummary(planId, taskId, form.getSummary(), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", "성과 요약을 저장했습니다. 투표가 시작되면 투표하는 직원이 이 요약을 읽습니다.");
                    return "redirect:/plans/" + planId + "/contest";
                });
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
        List<String> blockers = scoring.openingBlockers(planId);
        Confirmation.Builder c = Confirmation.of("scoring", "직원투표 시작")
                .lead("투표를 시작하면 되돌릴 수 없습니다. 본선 과제와 성과 요약이 그대로 굳고, 직원은 마감 전까지 본선 과제에 투표합니다.")
                .consequence("본선 과제 " + scoring.candidates(planId).size() + "건이 투표 대상이 됩니다. 본선 과제를 더하거나 뺄 수 없습니다.")
                .consequence("성과 요약을 더 고칠 수 없습니다. 모든 투표자가 같은 요약을 읽습니다.")
                .consequence(scoring.model(planId).settings().excludeOwnVotes()
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
        model.addAttribute("form", scoring.panelForm(planId, member));
        return panelPage(plan, model);
    }

    @PostMapping("/contest/panel")
    String savePanel(@PathVariable Long planId, @Valid @ModelAttribute("form") ScoreForms.PanelForm form,
                     BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                     RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "외부 평가 점수 입력");
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> panelPage(plan, model))
                // Someone saved this member's scores meanwhile: theirs beside these, the form now based on theirs.
                .current(() -> ScoreForms.rebase(form.getLines(), scoring.panelForm(planId, form.getMember())))
                .save(() -> work.savePanelScores(planId, form.getMember(), form.scores(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", "평가위원 ‘" + form.getMember() + "’의 점수를 저장했습니다.");
                    return "redirect:/plans/" + planId + "/contest";
                });
    }

    private String panelPage(Plan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("members", scoring.panelMembers(plan.getId()));
        return "scoring/panel";
    }

    // ---------------------------------------------------------------- collaboration

    @GetMapping("/collaboration-scores")
    String collaboration(@PathVariable Long planId, CurrentUser user, Model model) {
        Plan plan = scoring.plan(planId, user.organizationId());
        model.addAttribute("form", scoring.collaborationForm(planId, user));
        return collaborationPage(plan, user, model);
    }

    @PostMapping("/collaboration-scores")
    String saveCollaboration(@PathVariable Long planId, @Valid @ModelAttribute("form") ScoreForms.CollaborationForm form,
                             BindingResult binding, CurrentUser user, Model model, HttpServletResponse response,
                             RedirectAttributes redirect) {
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> collaborationPage(plan, user, model))
                .current(() -> ScoreForms.rebase(form.getLines(), scoring.collaborationForm(planId, user)))
                .save(() -> work.saveCollaborationScores(planId, form.scores(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", "협업부서 평가를 저장했습니다.");
                    return "redirect:/plans/" + planId + "/collaboration-scores";
                });
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
        AwardForm form = AwardForm.defaults(scoring.model(planId).settings().collaboration() > 0);
        model.addAttribute("form", form);
        return awardsPage(plan, form, user, model);
    }

    /** The proposal for other grades, counts, amounts or tie order; changes nothing. */
    @PostMapping("/awards/preview")
    String preview(@PathVariable Long planId, @Valid @ModelAttribute("form") AwardForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response) {
        Plan plan = scoring.plan(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .page(() -> awardsPage(plan, form, user, model))
                .save(() -> { })
                .then(() -> awardsPage(plan, form, user, model));
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
        ScoringQueries.AwardDraft draft = scoring.awardDraft(planId, form.toRequest(), user.organizationId());
        AwardPlan proposal = draft.proposal();
        form.alignTies(proposal);
        return submissions.of(form, binding, model, response)
                .check(() -> form.check(draft.ranked(), proposal))
                .page(() -> awardsPage(plan, form, user, model))
                .save(() -> {
                    if (confirm) {
                        work.confirmAwards(planId, form.toRequest(), true, user);
                    } else {
                        scoring.requireAwardable(planId);
                    }
                })
                .then(() -> {
                    if (!confirm) {
                        model.addAttribute("plan", plan);
                        model.addAttribute("confirmation", awardConfirmation(plan, form, proposal));
                        return "confirm";
                    }
                    redirect.addFlashAttribute("saved", "포상 결과를 확정했습니다. 이후 자료나 가중치가 바뀌어도 이 결과는 바뀌지 않습니다.");
                    return "redirect:/plans/" + planId + "/awards";
                });
    }

    private static Confirmation awardConfirmation(Plan plan, AwardForm form, AwardPlan proposal) {
        Long planId = plan.getId();
        long total = proposal.proposals().stream().filter(p -> p.grade() != null && p.grade().amount() != null)
                .mapToLong(p -> p.grade().amount()).sum();
        Confirmation.Builder c = Confirmation.of("scoring", "포상 확정")
                .lead("확정한 포상 결과는 바꿀 수 없습니다. 이후 자료나 가중치가 바뀌어도 이 결과와 사용한 평가 모델 판이 그대로 남습니다.")
                .cancel("/plans/" + planId + "/awards").post("/plans/" + planId + "/awards", "포상 확정");
        proposal.proposals().stream().filter(p -> p.grade() != null).forEach(p -> c.consequence(p.grade().name() + ": "
                + p.department().name() + " (" + p.place() + "위, " + ScoreCalculator.fmt(p.department().score()) + "점"
                + (p.grade().amount() == null ? "" : ", " + String.format("%,d", p.grade().amount()) + "천원") + ")"));
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
            ScoringQueries.AwardDraft draft = scoring.awardDraft(plan.getId(), form.toRequest(), user.organizationId());
            AwardPlan proposal = draft.proposal();
            form.alignTies(proposal);
            model.addAttribute("ranking", draft.ranking());
            model.addAttribute("proposal", proposal);
            model.addAttribute("proposals", proposal.proposals());
            model.addAttribute("blockers", scoring.awardBlockers(plan.getId()));
        }
        return "scoring/awards";
    }

    @GetMapping("/awards.csv")
    void awardsCsv(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        scoring.plan(planId, user.organizationId());
        AwardResult result = scoring.award(planId).orElseThrow(() -> new kr.innotrack.shared.NotFoundException("확정된 포상 결과", planId));
        Csv.download(response, "awards-" + planId + ".csv").append(AwardCsv.of(result)).flush();
    }
}

package kr.innotrack.scoring;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import kr.innotrack.document.FileDownload;
import kr.innotrack.document.HwpxWriter;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.DataVersioned.Scope;
import kr.innotrack.shared.DataVersioned;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department ranking (ranked departments, and those listed apart as 「평가 자료 부족」), publishing it with an
 * objection window, one department's breakdown with its objections and the office's answers, the CSV export and
 * the ranking API.
 */
@Controller
@RequiredArgsConstructor
class RankingController {

    private final ScoringQueries scoring;
    private final ScoringCommands work;
    private final HistoryQueries history;
    private final FormSubmission submissions;
    private final Messages messages;

    @GetMapping("/plans/{planId}/ranking")
    @DataVersioned(Scope.PLAN)
    String ranking(@PathVariable Long planId, CurrentUser user, Model model) {
        ScoringQueries.Ranking ranking = scoring.ranking(planId, user.organizationId());
        RankingPublication publication = scoring.publication(planId).orElse(null);
        PublishForm form = PublishForm.of(publication);
        if (publication == null) {
            form.setObjectionUntil(scoring.today().plusDays(7));
        }
        model.addAttribute("form", form);
        return rankingPage(ranking, publication, user, model);
    }

    private String rankingPage(ScoringQueries.Ranking ranking, RankingPublication publication, CurrentUser user,
                               Model model) {
        model.addAttribute("ranking", ranking);
        model.addAttribute("plan", ranking.plan());
        model.addAttribute("components", RankingChart.activeComponents(ranking));
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("chart", RankingChart.of(ranking, messages));
        model.addAttribute("publication", publication);
        model.addAttribute("windowOpen", publication != null && publication.windowOpenOn(scoring.today()));
        model.addAttribute("openObjections", scoring.openObjections(ranking.plan().getId()));
        model.addAttribute("awarded", scoring.award(ranking.plan().getId()).isPresent());
        return "scoring/ranking";
    }

    /** Publishes the ranking (again) with the last day departments may object. */
    @PostMapping("/plans/{planId}/ranking/publication")
    String publish(@PathVariable Long planId, @Valid @ModelAttribute("form") PublishForm form, BindingResult binding,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.publish");
        ScoringQueries.Ranking ranking = scoring.ranking(planId, user.organizationId());
        return submissions.of(form, binding, model, response)
                .check(() -> form.check(scoring.today()))
                .page(() -> rankingPage(ranking, scoring.publication(planId).orElse(null), user, model))
                .current(() -> PublishForm.of(scoring.publication(planId).orElse(null)))
                .save(() -> work.publish(planId, form.getObjectionUntil(), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.published", String.valueOf(form.getObjectionUntil())));
                    return "redirect:/plans/" + planId + "/ranking";
                });
    }

    // ---------------------------------------------------------------- one department: why this score, objections

    @GetMapping("/plans/{planId}/ranking/departments/{departmentId}")
    String department(@PathVariable Long planId, @PathVariable Long departmentId, CurrentUser user, Model model) {
        model.addAttribute("objectionForm", new ObjectionForm());
        return breakdown(planId, departmentId, user, model);
    }

    private String breakdown(Long planId, Long departmentId, CurrentUser user, Model model) {
        ScoringQueries.Ranking ranking = scoring.ranking(planId, user.organizationId());
        ScoreCalculator.DepartmentScore d = ranking.department(departmentId)
                .orElseThrow(() -> new NotFoundException("scoring.record.department", departmentId));
        RankingPublication publication = scoring.publication(planId).orElse(null);
        List<ScoreObjection> objections = scoring.objectionsOf(planId, departmentId);
        model.addAttribute("ranking", ranking);
        model.addAttribute("plan", ranking.plan());
        model.addAttribute("d", d);
        model.addAttribute("components", RankingChart.activeComponents(ranking));
        model.addAttribute("count", ranking.departments().size());
        model.addAttribute("publication", publication);
        model.addAttribute("objections", objections);
        model.addAttribute("mayObject", user.officer() && departmentId.equals(user.departmentId()) && publication != null
                && publication.windowOpenOn(scoring.today()) && !scoring.award(planId).isPresent());
        model.addAttribute("isAdmin", user.admin());
        Map<Long, AnswerForm> answers = new java.util.HashMap<>();
        objections.stream().filter(ScoreObjection::open).forEach(o -> answers.put(o.getId(), AnswerForm.of(o)));
        model.addAttribute("answerForms", answers);
        model.addAttribute("outcomes", ScoreObjection.Outcome.values());
        model.addAttribute("objectionHistory", history.savesOfRecords(ScoringCommands.OBJECTION,
                objections.stream().map(ScoreObjection::getId).toList()));
        return "scoring/breakdown";
    }

    @PostMapping("/plans/{planId}/ranking/departments/{departmentId}/objections")
    String object(@PathVariable Long planId, @PathVariable Long departmentId,
                  @Valid @ModelAttribute("objectionForm") ObjectionForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scoring.plan(planId, user.organizationId());
        if (!user.officer() || !departmentId.equals(user.departmentId())) {
            throw new AccessDeniedHere("scoring.objection.officer");
        }
        return submissions.of(form, binding, model, response)
                .page(() -> breakdown(planId, departmentId, user, model))
                .save(() -> work.object(planId, departmentId, form.getComponent(), form.getText(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.objection"));
                    return "redirect:/plans/" + planId + "/ranking/departments/" + departmentId + "#objections";
                });
    }

    @PostMapping("/plans/{planId}/objections/{objectionId}/answer")
    String answer(@PathVariable Long planId, @PathVariable Long objectionId,
                  @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "scoring.action.answer");
        scoring.plan(planId, user.organizationId());
        Long departmentId = scoring.objection(planId, objectionId).getDepartmentId();
        return submissions.of(form, binding, model, response)
                .page(() -> {
                    model.addAttribute("objectionForm", new ObjectionForm());
                    model.addAttribute("answering", objectionId);
                    return breakdown(planId, departmentId, user, model);
                })
                .current(() -> AnswerForm.saved(scoring.objection(planId, objectionId)))
                .save(() -> work.answer(planId, objectionId, form.getOutcome(), form.getAnswer(), form.getVersion(), user))
                .then(() -> {
                    redirect.addFlashAttribute("saved", messages.get("scoring.flash.answer"));
                    return "redirect:/plans/" + planId + "/ranking/departments/" + departmentId + "#objections";
                });
    }

    // ---------------------------------------------------------------- CSV and API

    @GetMapping("/plans/{planId}/ranking.csv")
    void csv(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        ScoringQueries.Ranking ranking = scoring.ranking(planId, user.organizationId());
        Csv.download(response, "ranking-" + planId + ".csv").append(RankingCsv.of(ranking, messages)).flush();
    }

    /** The ranking as .xlsx: the page's numbers, each department's component scores under their weights. */
    @GetMapping("/plans/{planId}/ranking.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable Long planId, CurrentUser user) {
        ScoringQueries.Ranking ranking = scoring.ranking(planId, user.organizationId());
        return kr.innotrack.document.FileDownload.xlsx("ranking-" + planId + ".xlsx",
                messages.get("file.ranking.xlsx", ranking.plan().getPlanYear()), ScoringSheets.ranking(ranking, messages));
    }

    /** The evaluation result as a 한글 document (.hwpx): the ranking with its components, the awards once confirmed. */
    @GetMapping("/plans/{planId}/ranking.hwpx")
    void hwpx(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        ScoringQueries.Ranking ranking = scoring.ranking(planId, user.organizationId());
        AwardResult award = scoring.award(planId).orElse(null);
        FileDownload.send(response, org.springframework.http.MediaType.parseMediaType(kr.innotrack.document.HwpxWriter.MIME_TYPE), "evaluation-result-" + planId + ".hwpx",
                RankingHwpx.fileName(ranking.plan(), messages),
                HwpxWriter.write(RankingHwpx.of(ranking, award, scoring.today(), messages)));
    }

    /** The ranked departments in rank order. */
    @GetMapping("/api/plans/{planId}/ranking")
    @ResponseBody
    List<RankingJson.RankJson> api(@PathVariable Long planId, CurrentUser user) {
        return RankingJson.ranked(scoring.ranking(planId, user.organizationId()));
    }

    /** The departments listed apart as 「평가 자료 부족」 (not ranked), by coverage. */
    @GetMapping("/api/plans/{planId}/ranking/insufficient")
    @ResponseBody
    List<RankingJson.RankJson> insufficient(@PathVariable Long planId, CurrentUser user) {
        return RankingJson.insufficient(scoring.ranking(planId, user.organizationId()));
    }
}

package kr.innotrack.scoring;

import kr.innotrack.shared.web.Csv;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kr.innotrack.history.HistoryQueries;
import kr.innotrack.plan.Plan;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department ranking (ranked departments, and those listed apart as 「평가 자료 부족」), publishing it with an
 * objection window, one department's breakdown with its objections and the office's answers, the CSV export and
 * the ranking API.
 */
@Controller
class RankingController {

    private final ScoringService scoring;
    private final ScoringWork work;
    private final HistoryQueries history;

    RankingController(ScoringService scoring, ScoringWork work, HistoryQueries history) {
        this.scoring = scoring;
        this.work = work;
        this.history = history;
    }

    @GetMapping("/plans/{planId}/ranking")
    String ranking(@PathVariable Long planId, CurrentUser user, Model model) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        RankingPublication publication = scoring.publication(planId).orElse(null);
        PublishForm form = new PublishForm();
        if (publication != null) {
            form.setVersion(publication.getVersion());
            form.setObjectionUntil(publication.getObjectionUntil());
        } else {
            form.setObjectionUntil(scoring.today().plusDays(7));
        }
        model.addAttribute("form", form);
        return rankingPage(ranking, publication, user, model);
    }

    private String rankingPage(ScoringService.Ranking ranking, RankingPublication publication, CurrentUser user,
                               Model model) {
        model.addAttribute("ranking", ranking);
        model.addAttribute("plan", ranking.plan());
        model.addAttribute("components", activeComponents(ranking));
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("chart", chart(ranking));
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
        AccessDeniedHere.unlessAdmin(user, "순위 공표");
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        form.validate(scoring.today(), binding);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return rankingPage(ranking, scoring.publication(planId).orElse(null), user, model);
        }
        try {
            work.publish(planId, form, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            RankingPublication current = scoring.publication(planId).orElse(null);
            Conflicts.show(model, response, Map.of("이의 신청 기한", current == null ? "(공표 전)" : current.getObjectionUntil().toString()),
                    Map.of("이의 신청 기한", String.valueOf(form.getObjectionUntil())));
            form.setVersion(current == null ? -1 : current.getVersion());
            return rankingPage(ranking, current, user, model);
        }
        redirect.addFlashAttribute("saved", "순위를 공표했습니다. 각 부서는 " + form.getObjectionUntil() + "까지 이의 신청을 할 수 있습니다.");
        return "redirect:/plans/" + planId + "/ranking";
    }

    /** Each department's score as stacked contributions (weight × value) of its components. */
    static String chart(ScoringService.Ranking ranking) {
        List<Component> components = activeComponents(ranking);
        List<kr.innotrack.shared.Charts.Series> series = new java.util.ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            double w = ranking.model().weights().percent().get(c) / 100.0;
            series.add(new kr.innotrack.shared.Charts.Series(c.label(), ranking.departments().stream()
                    .map(d -> Math.round(w * d.values().get(c) * 10) / 10.0).toList(),
                    kr.innotrack.shared.Charts.PALETTE.get(i % kr.innotrack.shared.Charts.PALETTE.size())));
        }
        return kr.innotrack.shared.Charts.bar(ranking.departments().stream().map(d -> d.rank() + ". " + d.name()).toList(),
                series, true, true, "점수(가중치 × 항목 점수)");
    }

    static List<Component> activeComponents(ScoringService.Ranking ranking) {
        return Arrays.stream(Component.values())
                .filter(c -> ranking.model().weights().percent().getOrDefault(c, 0) > 0).toList();
    }

    // ---------------------------------------------------------------- one department: why this score, objections

    @GetMapping("/plans/{planId}/ranking/departments/{departmentId}")
    String department(@PathVariable Long planId, @PathVariable Long departmentId, CurrentUser user, Model model) {
        model.addAttribute("objectionForm", new ObjectionForm());
        return breakdown(planId, departmentId, user, model);
    }

    private String breakdown(Long planId, Long departmentId, CurrentUser user, Model model) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        ScoreCalculator.DepartmentScore d = ranking.department(departmentId)
                .orElseThrow(() -> new NotFoundException("평가 대상 부서", departmentId));
        RankingPublication publication = scoring.publication(planId).orElse(null);
        List<ScoreObjection> objections = scoring.objectionsOf(planId, departmentId);
        model.addAttribute("ranking", ranking);
        model.addAttribute("plan", ranking.plan());
        model.addAttribute("d", d);
        model.addAttribute("components", activeComponents(ranking));
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
        model.addAttribute("objectionHistory", history.savesOfRecords(ScoringWork.OBJECTION,
                objections.stream().map(ScoreObjection::getId).toList()));
        return "scoring/breakdown";
    }

    @PostMapping("/plans/{planId}/ranking/departments/{departmentId}/objections")
    String object(@PathVariable Long planId, @PathVariable Long departmentId,
                  @Valid @ModelAttribute("objectionForm") ObjectionForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scoring.plan(planId, user.organizationId());
        if (!user.officer() || !departmentId.equals(user.departmentId())) {
            throw new AccessDeniedHere("이의 신청은 그 부서의 담당자만 할 수 있습니다.");
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return breakdown(planId, departmentId, user, model);
        }
        work.object(planId, departmentId, form, user);
        redirect.addFlashAttribute("saved", "이의 신청을 접수했습니다. 기획부서의 답변은 이 화면과 알림으로 전해집니다.");
        return "redirect:/plans/" + planId + "/ranking/departments/" + departmentId + "#objections";
    }

    @PostMapping("/plans/{planId}/objections/{objectionId}/answer")
    String answer(@PathVariable Long planId, @PathVariable Long objectionId,
                  @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult binding, CurrentUser user,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccessDeniedHere.unlessAdmin(user, "이의 신청 답변");
        scoring.plan(planId, user.organizationId());
        ScoreObjection objection = scoring.objections(planId).stream().filter(o -> o.getId().equals(objectionId))
                .findFirst().orElseThrow(() -> new NotFoundException("이의 신청", objectionId));
        Long departmentId = objection.getDepartmentId();
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("objectionForm", new ObjectionForm());
            model.addAttribute("answering", objectionId);
            return breakdown(planId, departmentId, user, model);
        }
        try {
            work.answer(planId, objectionId, form, user);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            ScoreObjection current = scoring.objections(planId).stream().filter(o -> o.getId().equals(objectionId))
                    .findFirst().orElseThrow();
            Conflicts.show(model, response, Map.of("상태", current.getState().label(),
                            "답변", current.getAnswerText() == null ? "" : current.getAnswerText()),
                    Map.of("상태", ScoreObjection.State.ANSWERED.label(), "답변", form.getAnswer()));
            form.setVersion(current.getVersion());
            model.addAttribute("objectionForm", new ObjectionForm());
            model.addAttribute("answering", objectionId);
            return breakdown(planId, departmentId, user, model);
        }
        redirect.addFlashAttribute("saved", "이의 신청에 답변했습니다. 부서에 알림이 갔습니다.");
        return "redirect:/plans/" + planId + "/ranking/departments/" + departmentId + "#objections";
    }

    // ---------------------------------------------------------------- CSV and API

    @GetMapping("/plans/{planId}/ranking.csv")
    void csv(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        List<Component> components = activeComponents(ranking);
        PrintWriter out = Csv.download(response, "ranking-" + planId + ".csv");
        StringBuilder header = new StringBuilder("순위,부서,점수,과제 수,자료 반영률(%),구분");
        components.forEach(c -> header.append(',').append(Csv.cell(c.label() + " (" + ranking.model().weights().percent().get(c) + "%)"))
                .append(',').append(Csv.cell(c.label() + " 자료")));
        out.print(header + "\r\n");
        for (ScoreCalculator.DepartmentScore d : java.util.stream.Stream.concat(ranking.departments().stream(),
                ranking.insufficient().stream()).toList()) {
            StringBuilder row = new StringBuilder().append(d.ranked() ? String.valueOf(d.rank()) : "").append(',')
                    .append(Csv.cell(d.name())).append(',').append(Csv.number(d.score())).append(',').append(d.taskCount())
                    .append(',').append(ScoreCalculator.fmt(d.coveragePercent())).append(',').append(Csv.cell(d.standing().label()));
            components.forEach(c -> row.append(',').append(Csv.number(d.values().get(c))).append(',')
                    .append(d.isFilled(c) ? "채움" : "실측"));
            out.print(row + "\r\n");
        }
        out.flush();
    }

    /** A component as counted: its weight (0–1), value, and whether the value was filled for want of data. */
    record ComponentJson(String name, double weight, double value, boolean filled) {
    }

    /** A department's score; {@code coverage}: share (0–1) of the weights covered by real data. */
    record RankJson(Integer rank, String department, Long departmentId, double score, int taskCount, double coverage,
                    String standing, List<ComponentJson> components) {
    }

    static RankJson json(ScoringService.Ranking ranking, ScoreCalculator.DepartmentScore d) {
        return new RankJson(d.ranked() ? d.rank() : null, d.name(), d.departmentId(), d.score(), d.taskCount(),
                d.coverage(), d.standing().name(), Arrays.stream(Component.values()).map(c -> new ComponentJson(c.name(),
                        ranking.model().weights().percent().getOrDefault(c, 0) / 100.0, d.values().get(c), d.isFilled(c)))
                .toList());
    }

    /** The ranked departments in rank order. */
    @GetMapping("/api/plans/{planId}/ranking")
    @ResponseBody
    List<RankJson> api(@PathVariable Long planId, CurrentUser user) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        return ranking.departments().stream().map(d -> json(ranking, d)).toList();
    }

    /** The departments listed apart as 「평가 자료 부족」 (not ranked), by coverage. */
    @GetMapping("/api/plans/{planId}/ranking/insufficient")
    @ResponseBody
    List<RankJson> insufficient(@PathVariable Long planId, CurrentUser user) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        return ranking.insufficient().stream().map(d -> json(ranking, d)).toList();
    }
}

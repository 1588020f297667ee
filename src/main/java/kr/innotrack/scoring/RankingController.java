package kr.innotrack.scoring;

import kr.innotrack.shared.Csv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The department ranking, one department's breakdown, the CSV export and the ranking API. */
@Controller
class RankingController {

    private final ScoringService scoring;

    RankingController(ScoringService scoring) {
        this.scoring = scoring;
    }

    @GetMapping("/plans/{planId}/ranking")
    String ranking(@PathVariable Long planId, CurrentUser user, Model model) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        model.addAttribute("ranking", ranking);
        model.addAttribute("plan", ranking.plan());
        model.addAttribute("components", activeComponents(ranking));
        model.addAttribute("isAdmin", user.admin());
        model.addAttribute("chart", chart(ranking));
        return "scoring/ranking";
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

    @GetMapping("/plans/{planId}/ranking/departments/{departmentId}")
    String department(@PathVariable Long planId, @PathVariable Long departmentId, CurrentUser user, Model model) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        ScoreCalculator.DepartmentScore d = ranking.departments().stream()
                .filter(x -> x.departmentId().equals(departmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("평가 대상 부서", departmentId));
        model.addAttribute("ranking", ranking);
        model.addAttribute("plan", ranking.plan());
        model.addAttribute("d", d);
        model.addAttribute("components", activeComponents(ranking));
        model.addAttribute("count", ranking.departments().size());
        return "scoring/breakdown";
    }

    @GetMapping("/plans/{planId}/ranking.csv")
    void csv(@PathVariable Long planId, CurrentUser user, HttpServletResponse response) throws IOException {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        List<Component> components = activeComponents(ranking);
        PrintWriter out = Csv.download(response, "ranking-" + planId + ".csv");
        StringBuilder header = new StringBuilder("순위,부서,점수,과제 수");
        components.forEach(c -> header.append(',').append(Csv.cell(c.label() + " (" + ranking.model().weights().percent().get(c) + "%)")));
        out.print(header + "\r\n");
        for (ScoreCalculator.DepartmentScore d : ranking.departments()) {
            StringBuilder row = new StringBuilder().append(d.rank()).append(',').append(Csv.cell(d.name())).append(',')
                    .append(Csv.number(d.score())).append(',').append(d.taskCount());
            components.forEach(c -> row.append(',').append(Csv.number(d.values().get(c))));
            out.print(row + "\r\n");
        }
        out.flush();
    }

    record ComponentJson(String name, double weight, double value) {
    }

    record RankJson(int rank, String department, Long departmentId, double score, int taskCount,
                    List<ComponentJson> components) {
    }

    @GetMapping("/api/plans/{planId}/ranking")
    @ResponseBody
    List<RankJson> api(@PathVariable Long planId, CurrentUser user) {
        ScoringService.Ranking ranking = scoring.ranking(planId, user.organizationId());
        return ranking.departments().stream().map(d -> new RankJson(d.rank(), d.name(), d.departmentId(), d.score(),
                d.taskCount(), Arrays.stream(Component.values()).map(c -> new ComponentJson(c.name(),
                        ranking.model().weights().percent().getOrDefault(c, 0) / 100.0, d.values().get(c))).toList()))
                .toList();
    }
}

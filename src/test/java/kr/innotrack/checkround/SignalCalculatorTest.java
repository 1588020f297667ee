package kr.innotrack.checkround;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.innotrack.checkround.SignalCalculator.KpiFact;
import kr.innotrack.checkround.SignalCalculator.MilestoneFact;
import kr.innotrack.checkround.SignalCalculator.Result;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.MilestoneStatus;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.ScheduleParser;
import kr.innotrack.shared.Messages;
import kr.innotrack.support.AppMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed status, built from real Samcheok 2021 tasks: their milestones as the plan writes them (read by the
 * same parser as the seed) and their KPIs with their real baselines and targets. Default thresholds: milestones
 * 80/50, KPIs 90/60, progress 90/60.
 */
class SignalCalculatorTest {

    private static final int YEAR = 2021;

    /** The reasons read in the app's words (its message files). */
    private static final Messages MESSAGES = AppMessages.create();

    private static MilestoneFact milestone(String description, String schedule, MilestoneStatus status) {
        ParsedSchedule p = ScheduleParser.parse(schedule, YEAR);
        return new MilestoneFact(description, schedule, p.start(), p.end(), p.months(), p.recurrence(), status);
    }

    /** "schedule:STATUS; schedule:STATUS" → milestones (descriptions are the schedule texts). */
    private static List<MilestoneFact> milestones(String spec) {
        List<MilestoneFact> list = new ArrayList<>();
        if (spec == null) {
            return list;
        }
        for (String part : spec.split(";")) {
            String[] kv = part.trim().split("=");
            list.add(milestone("일정", kv[0].trim(), MilestoneStatus.valueOf(kv[1].trim())));
        }
        return list;
    }

    @ParameterizedTest(name = "{0}: {1} @ {2} → {3}/{4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # task   | milestones (schedule=status; …)                                              | reference  | due | done | status
            가-1-1   | 2021. 6~7월=PLANNED                                                            | 2021-09-30 | 1   | 0    | RED
            가-1-1   | 2021. 6~7월=PLANNED                                                            | 2021-06-30 | 0   | 0    | GREEN
            가-1-1   | 2021. 6~7월=IN_PROGRESS                                                        | 2021-07-31 | 1   | 0    | RED
            가-1-1   | 2021. 6~7월=DONE; 분기별 1회=IN_PROGRESS; 해당 읍면동 감사 기간 중=PLANNED       | 2021-09-30 | 4   | 4    | GREEN
            가-1-1   | 2021. 6~7월=PLANNED; 분기별 1회=IN_PROGRESS; 해당 읍면동 감사 기간 중=PLANNED    | 2021-09-30 | 4   | 3    | AMBER
            가-1-1   | 2021. 6~7월=PLANNED; 분기별 1회=PLANNED                                         | 2021-09-30 | 4   | 0    | RED
            가-1-1   | 분기별 1회=PLANNED                                                              | 2021-06-30 | 2   | 0    | RED
            가-1-1   | 해당 읍면동 감사 기간 중=PLANNED                                                 | 2021-12-31 | 0   | 0    | GREEN
            다-3-3   | 수시=PLANNED; 분기별(2021. 5월,8월,11월)=IN_PROGRESS                            | 2021-09-30 | 2   | 2    | GREEN
            다-3-3   | 수시=PLANNED; 분기별(2021. 5월,8월,11월)=PLANNED                                | 2021-09-30 | 2   | 0    | RED
            다-3-3   | 수시=DELAYED                                                                    | 2021-06-30 | 1   | 0    | RED
            나-1-3   | 4월~11월/매월 넷째 주 수요일=IN_PROGRESS                                         | 2021-06-30 | 3   | 3    | GREEN
            나-1-3   | 4월~11월/매월 넷째 주 수요일=PLANNED                                             | 2021-06-30 | 3   | 0    | RED
            나-3-1   | 반기별(연 2회)=PLANNED                                                          | 2021-06-30 | 1   | 0    | RED
            나-3-1   | 반기별(연 2회)=DONE                                                             | 2021-12-31 | 2   | 2    | GREEN
            다-1-1   | 2021. 4월=DONE; 2021. 5월=DONE; 2021. 6월=PLANNED; 2021. 8월=PLANNED           | 2021-06-30 | 3   | 2    | AMBER
            다-1-1   | 2021. 4월=DONE; 2021. 5월=CANCELLED; 2021. 6월=PLANNED                          | 2021-06-30 | 2   | 1    | AMBER
            다-1-1   | 2021. 4월=DONE; 2021. 5월=PLANNED; 2021. 6월=PLANNED                            | 2021-06-30 | 3   | 1    | RED
            """)
    void milestonesDueByTheReferenceDate(String task, String spec, LocalDate reference, int due, int done, Signal status) {
        Result r = SignalCalculator.compute(reference, YEAR, milestones(spec), List.of(), null, SignalRules.DEFAULTS);
        assertThat(r.due()).as("due").isEqualTo(due);
        assertThat(r.done()).as("done").isEqualTo(done);
        assertThat(r.delayed()).as("delayed").isEqualTo(due - done);
        assertThat(r.status()).as("status").isEqualTo(status);
        if (due > 0) {
            assertThat(r.reasons(MESSAGES).get(0)).contains("예정 " + due + "건 중 " + done + "건 완료")
                    .contains(due > done ? "지연 " + (due - done) + "건" : "완료");
        } else {
            assertThat(r.reasons(MESSAGES).get(0)).contains("예정된 일정 없음");
        }
    }

    @org.junit.jupiter.api.Test
    void aDelayedMilestoneIsNamedInTheReason() {
        Result r = SignalCalculator.compute(LocalDate.of(2021, 9, 30), YEAR,
                List.of(milestone("시민감사관 교육 추진", "2021. 6~7월", MilestoneStatus.PLANNED)), List.of(), null,
                SignalRules.DEFAULTS);
        assertThat(r.reasons(MESSAGES)).containsExactly(
                "추진일정 부진: 예정 1건 중 0건 완료, 지연 1건 — 시민감사관 교육 추진(2021. 6~7월)");
    }

    @ParameterizedTest(name = "{0} {1}: actual {5} @ {6} → {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # task  | KPI                        | baseline | target | direction | actual (quarter:value) | reference  | status | reason
            가-2-3  | 마을공동체 지원사업 참여율   | 80       | 100    | INCREASE  | 2:84                   | 2021-06-30 | RED    | 목표 대비 40% (기준일 목표 90%, 실적 84%)
            가-2-3  | 마을공동체 지원사업 참여율   | 80       | 100    | INCREASE  | 2:89.5                 | 2021-06-30 | GREEN  | 목표 대비 95%
            가-2-3  | 마을공동체 지원사업 참여율   | 80       | 100    | INCREASE  | 1:86; 2:86              | 2021-06-30 | AMBER  | 목표 대비 60%
            나-1-3  | 찾아가는 민원행복의 날 운영 | -        | 8      | INCREASE  | 2:2                    | 2021-06-30 | RED    | 목표 대비 50% (기준일 목표 4회, 실적 2회)
            나-1-3  | 찾아가는 민원행복의 날 운영 | -        | 8      | INCREASE  | 1:1; 3:6                | 2021-09-30 | GREEN  | 목표 대비 100%
            나-1-3  | 찾아가는 민원행복의 날 운영 | -        | 8      | INCREASE  | 1:1; 3:6                | 2021-06-30 | RED    | 실적 1회
            나-1-4  | 중·장년층 식사 지원         | 0        | 50     | INCREASE  | 3:36                   | 2021-09-30 | GREEN  | 목표 대비 96%
            나-1-4  | 중·장년층 식사 지원         | 0        | 50     | INCREASE  | -                      | 2021-09-30 | AMBER  | 실적 미입력
            가-1-3  | 처리 기간                  | 3        | 1      | DECREASE  | 2:2.5                  | 2021-06-30 | RED    | 목표 대비 50%
            가-1-3  | 처리 기간                  | -        | 1      | DECREASE  | 4:1.25                 | 2021-12-31 | AMBER  | 목표 대비 80%
            """)
    void kpisAgainstTheirProRataTarget(String task, String name, BigDecimal baseline, BigDecimal target,
                                      KpiDirection direction, String actuals, LocalDate reference, Signal status,
                                      String reason) {
        Map<Integer, BigDecimal> values = new java.util.TreeMap<>();
        if (actuals != null) {
            for (String qv : actuals.split(";")) {
                String[] p = qv.trim().split(":");
                values.put(Integer.parseInt(p[0]), new BigDecimal(p[1]));
            }
        }
        String unit = name.contains("참여율") ? "%" : name.contains("운영") ? "회" : name.contains("식사") ? "가구" : "일";
        Result r = SignalCalculator.compute(reference, YEAR, List.of(),
                List.of(new KpiFact(name, unit, baseline, target, direction, values)), null, SignalRules.DEFAULTS);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.reasons(MESSAGES)).anySatisfy(text -> assertThat(text).contains(name).contains(reason));
    }

    @ParameterizedTest(name = "progress {0}% @ {1} → {2}")
    @CsvSource(textBlock = """
            50, 2021-06-30, GREEN
            45, 2021-06-30, GREEN
            40, 2021-06-30, AMBER
            29, 2021-06-30, RED
            60, 2021-09-30, AMBER
            70, 2021-09-30, GREEN
            100, 2021-12-31, GREEN
            """)
    void selfReportedProgressAgainstTheYearElapsed(int progress, LocalDate reference, Signal status) {
        Result r = SignalCalculator.compute(reference, YEAR, List.of(), List.of(), progress, SignalRules.DEFAULTS);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.reasons(MESSAGES)).anySatisfy(text -> assertThat(text).startsWith("자체 진척률").contains(progress + "%"));
    }

    @org.junit.jupiter.api.Test
    void theWorstPartDecidesAndEveryPartGivesItsReason() {
        Result r = SignalCalculator.compute(LocalDate.of(2021, 9, 30), YEAR,
                List.of(milestone("교육", "2021. 6~7월", MilestoneStatus.DONE),
                        milestone("간담회", "분기별 1회", MilestoneStatus.IN_PROGRESS)),
                List.of(new KpiFact("참여율", "%", new BigDecimal("80"), new BigDecimal("100"), KpiDirection.INCREASE,
                        Map.of(3, new BigDecimal("91")))),
                40, SignalRules.DEFAULTS);
        assertThat(r.status()).isEqualTo(Signal.RED);
        assertThat(r.reasons(MESSAGES)).hasSize(3);
        assertThat(r.reasons(MESSAGES).get(0)).startsWith("추진일정 정상");
        assertThat(r.reasons(MESSAGES).get(1)).startsWith("성과지표 ‘참여율’ 주의");
        assertThat(r.reasons(MESSAGES).get(2)).startsWith("자체 진척률 부진");
    }

    @org.junit.jupiter.api.Test
    void thresholdsArePerPlan() {
        List<MilestoneFact> ms = milestones("2021. 6~7월=PLANNED; 분기별 1회=IN_PROGRESS");
        LocalDate ref = LocalDate.of(2021, 9, 30);
        assertThat(SignalCalculator.compute(ref, YEAR, ms, List.of(), null, SignalRules.DEFAULTS).status())
                .isEqualTo(Signal.AMBER);
        SignalRules lenient = new SignalRules(70, 50, 90, 60, 90, 60, true);
        assertThat(SignalCalculator.compute(ref, YEAR, ms, List.of(), null, lenient).status()).isEqualTo(Signal.GREEN);
        SignalRules ignoreMissing = new SignalRules(80, 50, 90, 60, 90, 60, false);
        KpiFact noValues = new KpiFact("참여율", "%", null, new BigDecimal("70"), KpiDirection.INCREASE, Map.of());
        assertThat(SignalCalculator.compute(ref, YEAR, List.of(), List.of(noValues), null, ignoreMissing).status())
                .isEqualTo(Signal.GREEN);
        assertThat(SignalCalculator.compute(ref, YEAR, List.of(), List.of(noValues), null, SignalRules.DEFAULTS).status())
                .isEqualTo(Signal.AMBER);
    }
}

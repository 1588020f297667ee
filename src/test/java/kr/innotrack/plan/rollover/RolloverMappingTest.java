package kr.innotrack.plan.rollover;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.KpiFrequency;
import kr.innotrack.plan.PlanBlueprint;
import org.junit.jupiter.api.Test;

/** The year roll-over as data: what last year proposes, and the new plan built from the admin's decisions. */
class RolloverMappingTest {

    // departments: 1 기획 (open), 2 총무 (merged into 3), 3 행정 (open), 4 민원 (closed, nothing after it),
    // 5 경제 (merged into 6, which was merged into 7 later), 6 closed, 7 open
    static final RolloverMapping MAPPING = new RolloverMapping(Set.of(1L, 3L, 7L), Map.of(2L, 3L, 5L, 7L, 6L, 7L));

    static PlanBlueprint.Indicator kpi(String name, String baseline, String target, String lastActual) {
        return new PlanBlueprint.Indicator(name, "개", baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target), KpiDirection.INCREASE, KpiFrequency.QUARTERLY, "출처",
                lastActual == null ? null : new BigDecimal(lastActual));
    }

    static PlanBlueprint.TaskPlan task(long id, String code, Long lead, List<Long> collaborating,
                                       List<PlanBlueprint.ScheduleLine> schedule, PlanBlueprint.Indicator... kpis) {
        return new PlanBlueprint.TaskPlan("가-1", code, "과제 " + code, lead, collaborating, "강원도", "박담당",
                "033-000-0000", "('21년) 5백만", false, id == 10L, "배경", "내용", "전", "후", schedule, List.of(kpis),
                id, null);
    }

    static final PlanBlueprint SOURCE = new PlanBlueprint(
            new PlanBlueprint.Header(2021, "2021 혁신 실행계획", "부제", "비전", "목표", "전략", "방향",
                    new PlanBlueprint.Calendar("2021. 4월", "2021. 6월", "분기별", "2021. 7~8월", "2021. 12월"), null),
            List.of(new PlanBlueprint.Node("가", null, "전략 가", "전략", null, false),
                    new PlanBlueprint.Node("가-1", "가", "과제군", "분야", null, true)),
            List.of(task(10L, "가-1-1", 1L, List.of(2L, 4L), List.of(
                            new PlanBlueprint.ScheduleLine("착수", null, "2021. 6~7월"),
                            new PlanBlueprint.ScheduleLine("점검", "분기마다", "분기별 1회"),
                            new PlanBlueprint.ScheduleLine("홍보", null, "6~7월")),
                            kpi("참여자", "86", "88", "87.5"), kpi("만족도", "70", "80", null)),
                    task(11L, "가-1-2", 2L, List.of(3L), List.of(), kpi("건수", null, "10", null)),
                    task(12L, "가-1-3", 4L, List.of(), List.of()),
                    task(13L, "가-1-4", 5L, List.of(6L, 1L), List.of())));

    @Test
    void anOpenDepartmentStaysAMergedOneGoesToItsSuccessorAClosedOneWithoutSuccessorGoesNowhere() {
        assertThat(MAPPING.department(1L)).isEqualTo(1L);
        assertThat(MAPPING.department(2L)).isEqualTo(3L);
        assertThat(MAPPING.department(4L)).isNull();
        assertThat(MAPPING.department(null)).isNull();
        // a successor that is not open (the map given by someone else) is not taken
        assertThat(new RolloverMapping(Set.of(1L), Map.of(2L, 3L)).department(2L)).isNull();
    }

    @Test
    void everyTaskIsProposedWithLastActualsAsBaselinesOrElseTheOldBaseline() {
        RolloverMapping.TaskProposal first = MAPPING.propose(SOURCE.tasks().get(0));
        assertThat(first.baselines()).containsExactly(new BigDecimal("87.5"), new BigDecimal("70"));
        assertThat(first.lead()).isEqualTo(1L);
        assertThat(first.leadMoved()).isFalse();
        assertThat(first.leadLost()).isFalse();
        // 총무 merged into 행정; 민원 closed without a successor is left out and said so
        assertThat(first.collaborating()).containsExactly(3L);
        assertThat(first.lostCollaborating()).containsExactly(4L);

        RolloverMapping.TaskProposal noBaseline = MAPPING.propose(SOURCE.tasks().get(1));
        assertThat(noBaseline.baselines()).containsExactly((BigDecimal) null);
    }

    @Test
    void aMergedLeadDepartmentIsLedByItsSuccessorAndAClosedOneAsksTheAdmin() {
        RolloverMapping.TaskProposal merged = MAPPING.propose(SOURCE.tasks().get(1));
        assertThat(merged.lead()).isEqualTo(3L);
        assertThat(merged.leadMoved()).isTrue();
        assertThat(merged.leadLost()).isFalse();

        RolloverMapping.TaskProposal closed = MAPPING.propose(SOURCE.tasks().get(2));
        assertThat(closed.lead()).isNull();
        assertThat(closed.leadLost()).isTrue();
        assertThat(closed.leadMoved()).isFalse();
    }

    @Test
    void twoReorganisationsInARowLeadToTheDepartmentOpenToday() {
        RolloverMapping.TaskProposal twice = MAPPING.propose(SOURCE.tasks().get(3));
        assertThat(twice.lead()).isEqualTo(7L);
        assertThat(twice.leadMoved()).isTrue();
        // 6 (merged into 7) and 1 (open): each once
        assertThat(twice.collaborating()).containsExactly(7L, 1L);
        // the chain as the organization module resolves it, followed again here when given only one step
        assertThat(new RolloverMapping(Set.of(7L), Map.of(5L, 6L, 6L, 7L)).department(5L)).isNull();
    }

    @Test
    void theNewPlanContinuesTheTickedTasksWithTheAdminsDecisionsAndTheYearMovedOn() {
        PlanBlueprint built = MAPPING.build(SOURCE, 99L, 2022, List.of(
                new RolloverMapping.Decision(10L, "과제 가-1-1 (2단계)", 3L, List.of(
                        new RolloverMapping.KpiDecision(new BigDecimal("87.5"), new BigDecimal("95")),
                        new RolloverMapping.KpiDecision(null, new BigDecimal("85")))),
                new RolloverMapping.Decision(13L, "과제 가-1-4", 7L, List.of())));

        assertThat(built.header().year()).isEqualTo(2022);
        assertThat(built.header().title()).isEqualTo("2022 혁신 실행계획");
        assertThat(built.header().predecessorPlanId()).isEqualTo(99L);
        assertThat(built.header().calendar()).isEqualTo(
                new PlanBlueprint.Calendar("2022. 4월", "2022. 6월", "분기별", "2022. 7~8월", "2022. 12월"));
        assertThat(built.header().vision()).isEqualTo("비전");
        assertThat(built.nodes()).isEqualTo(SOURCE.nodes());

        assertThat(built.tasks()).extracting(PlanBlueprint.TaskPlan::code).containsExactly("가-1-1", "가-1-4");
        PlanBlueprint.TaskPlan first = built.tasks().get(0);
        assertThat(first.continuing()).isTrue();
        assertThat(first.predecessorTaskId()).isEqualTo(10L);
        assertThat(first.title()).isEqualTo("과제 가-1-1 (2단계)");
        assertThat(first.leadDepartmentId()).isEqualTo(3L);
        // the lead is not also a collaborator; the closed 민원 is gone
        assertThat(first.collaboratingDepartmentIds()).isEmpty();
        assertThat(first.representative()).isTrue();
        assertThat(first.officer()).isEqualTo("박담당");
        assertThat(first.schedule()).extracting(PlanBlueprint.ScheduleLine::scheduleText)
                .containsExactly("2022. 6~7월", "분기별 1회", "6~7월");
        assertThat(first.schedule().get(1).detail()).isEqualTo("분기마다");
        assertThat(first.kpis()).extracting(PlanBlueprint.Indicator::baseline)
                .containsExactly(new BigDecimal("87.5"), null);
        assertThat(first.kpis()).extracting(PlanBlueprint.Indicator::target)
                .containsExactly(new BigDecimal("95"), new BigDecimal("85"));
        assertThat(first.kpis().get(0).name()).isEqualTo("참여자");
        assertThat(first.kpis().get(0).lastActual()).isNull();

        // a task whose decision names no KPI values keeps the proposal (last actual or old baseline, old target)
        PlanBlueprint.TaskPlan fourth = built.tasks().get(1);
        assertThat(fourth.leadDepartmentId()).isEqualTo(7L);
        assertThat(fourth.collaboratingDepartmentIds()).containsExactly(1L);
        assertThat(fourth.predecessorTaskId()).isEqualTo(13L);
    }

    @Test
    void untickedTasksAreNotCopied() {
        PlanBlueprint built = MAPPING.build(SOURCE, 99L, 2022, List.of());
        assertThat(built.tasks()).isEmpty();
        assertThat(built.nodes()).hasSize(2);
    }
}

package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import kr.innotrack.shared.web.RejectedInput;

/** Award grades in order (최우수, 우수, 장려 …), how many departments each, and the incentive per department (천원). */
@Getter
@Setter
public class AwardForm {

    @Valid
    private List<Grade> grades = new ArrayList<>();

    /** The admin's order of departments whose tie decides an award (one line per tied department). */
    @Valid
    private List<TieLine> ties = new ArrayList<>();

    /** Why the tied departments are ordered so (required when a tie decides an award). */
    @Size(max = 500, message = "{award.tieReason.tooLong}")
    private String tieReason;

    /** One tied department and the place the admin gives it within its tie (1 = first). */
    @Getter
    @Setter
    public static class TieLine {

        private Long departmentId;
        private String departmentName;
        private Integer group;

        @Min(value = 1, message = "{award.tieOrder.range}") @Max(value = 50, message = "{award.tieOrder.range}")
        private Integer order;

        public TieLine() {
        }

        TieLine(Long departmentId, String departmentName, Integer group, Integer order) {
            this.departmentId = departmentId;
            this.departmentName = departmentName;
            this.group = group;
            this.order = order;
        }

    }

    @Getter
    @Setter
    public static class Grade {

        @Size(max = 30, message = "{award.grade.tooLong}")
        private String name;

        @Min(value = 0, message = "{award.count.range}") @Max(value = 50, message = "{award.count.range}")
        private Integer count;

        @Min(value = 0, message = "{award.amount.range}") @Max(value = 100000, message = "{award.amount.range}")
        private Long amount;

        public Grade() {
        }

        Grade(String name, int count, Long amount) {
            this.name = name;
            this.count = count;
            this.amount = amount;
        }

        boolean used() {
            return name != null && !name.isBlank() && count != null && count > 0;
        }

    }

    /**
     * Samcheok gives incentives of 1,000천원 down to 500천원 to excellent departments; Jung-gu awards 최우수 1, 우수 1,
     * 장려 1 department (표창, no money). {@code gradeNames}: the three grades' names, best first.
     */
    static AwardForm defaults(boolean collaborationPlan, List<String> gradeNames) {
        AwardForm f = new AwardForm();
        if (collaborationPlan) {
            f.grades.add(new Grade(gradeNames.get(0), 1, null));
            f.grades.add(new Grade(gradeNames.get(1), 1, null));
            f.grades.add(new Grade(gradeNames.get(2), 1, null));
        } else {
            f.grades.add(new Grade(gradeNames.get(0), 1, 1000L));
            f.grades.add(new Grade(gradeNames.get(1), 2, 700L));
            f.grades.add(new Grade(gradeNames.get(2), 3, 500L));
        }
        f.grades.add(new Grade("", 0, null));
        return f;
    }

    List<Grade> used() {
        return grades.stream().filter(Grade::used).toList();
    }

    /** The grades in use, the tie orders given and the reason, for the proposal and the command. */
    AwardPlan.Request toRequest() {
        java.util.Map<Long, Integer> orders = new java.util.HashMap<>();
        ties.stream().filter(t -> t.getDepartmentId() != null && t.getOrder() != null)
                .forEach(t -> orders.put(t.getDepartmentId(), t.getOrder()));
        return new AwardPlan.Request(used().stream().map(g -> new AwardPlan.Grade(g.getName(), g.getCount(), g.getAmount()))
                .toList(), java.util.Map.copyOf(orders), tieReason);
    }

    /**
     * Lines up the form's tie lines with the ties that decide an award now (keeping any place the admin gave), so the
     * page asks exactly for those.
     */
    void alignTies(AwardPlan plan) {
        java.util.Map<Long, Integer> given = new java.util.HashMap<>();
        ties.stream().filter(t -> t.getDepartmentId() != null && t.getOrder() != null)
                .forEach(t -> given.put(t.getDepartmentId(), t.getOrder()));
        List<TieLine> lines = new ArrayList<>();
        for (AwardPlan.TieGroup g : plan.decidingTies()) {
            for (ScoreCalculator.DepartmentScore d : g.members()) {
                lines.add(new TieLine(d.departmentId(), d.name(), g.no(), given.get(d.departmentId())));
            }
        }
        ties = lines;
    }

    /**
     * For {@code FormSubmission.check}, after {@link #alignTies}: some grade awards someone, not more departments than
     * are ranked; a tie deciding an award is ordered by the admin, every place distinct, with a reason.
     */
    void check(int rankedDepartments, AwardPlan plan) {
        RejectedInput.Collector rejected = RejectedInput.collect();
        int total = used().stream().mapToInt(Grade::getCount).sum();
        if (total == 0) {
            rejected.reject(null, "award.none");
        } else if (total > rankedDepartments) {
            rejected.reject(null, "award.tooMany", total, rankedDepartments);
        }
        if (!plan.decidingTies().isEmpty()) {
            for (int i = 0; i < ties.size(); i++) {
                if (ties.get(i).getOrder() == null) {
                    rejected.reject("ties[" + i + "].order", "award.tieOrder.required", ties.get(i).getDepartmentName());
                }
            }
            for (AwardPlan.TieGroup g : plan.decidingTies()) {
                if (!g.resolved() && ties.stream().allMatch(t -> t.getOrder() != null)) {
                    rejected.reject(null, "award.tieOrder.distinct", g.names(), g.score().toPlainString());
                }
            }
            tieReason = tieReason == null || tieReason.isBlank() ? null : tieReason.strip();
            if (tieReason == null) {
                rejected.reject("tieReason", "award.tieReason.required");
            }
        }
        rejected.throwIfAny();
    }

    /** The form's values as the confirmation page posts them again (grades, tie orders, the reason). */
    java.util.Map<String, String> confirmationFields() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < grades.size(); i++) {
            Grade g = grades.get(i);
            fields.put("grades[" + i + "].name", text(g.getName()));
            fields.put("grades[" + i + "].count", text(g.getCount()));
            fields.put("grades[" + i + "].amount", text(g.getAmount()));
        }
        for (int i = 0; i < ties.size(); i++) {
            TieLine t = ties.get(i);
            fields.put("ties[" + i + "].departmentId", text(t.getDepartmentId()));
            fields.put("ties[" + i + "].order", text(t.getOrder()));
        }
        if (tieReason != null) {
            fields.put("tieReason", tieReason);
        }
        return fields;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public void setGrades(List<Grade> grades) { this.grades = grades == null ? new ArrayList<>() : grades; }
    public void setTies(List<TieLine> ties) { this.ties = ties == null ? new ArrayList<>() : ties; }
}

package kr.innotrack.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/** Award grades in order (최우수, 우수, 장려 …), how many departments each, and the incentive per department (천원). */
public class AwardForm {

    @Valid
    private List<Grade> grades = new ArrayList<>();

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

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getCount() { return count; }
        public void setCount(Integer count) { this.count = count; }
        public Long getAmount() { return amount; }
        public void setAmount(Long amount) { this.amount = amount; }
    }

    /**
     * Samcheok gives incentives of 1,000천원 down to 500천원 to excellent departments; Jung-gu awards 최우수 1, 우수 1,
     * 장려 1 department (표창, no money).
     */
    static AwardForm defaults(boolean collaborationPlan) {
        AwardForm f = new AwardForm();
        if (collaborationPlan) {
            f.grades.add(new Grade("최우수", 1, null));
            f.grades.add(new Grade("우수", 1, null));
            f.grades.add(new Grade("장려", 1, null));
        } else {
            f.grades.add(new Grade("최우수", 1, 1000L));
            f.grades.add(new Grade("우수", 2, 700L));
            f.grades.add(new Grade("장려", 3, 500L));
        }
        f.grades.add(new Grade("", 0, null));
        return f;
    }

    List<Grade> used() {
        return grades.stream().filter(Grade::used).toList();
    }

    void validate(int rankedDepartments, Errors errors) {
        int total = used().stream().mapToInt(Grade::getCount).sum();
        if (total == 0) {
            errors.reject("award.none");
        } else if (total > rankedDepartments) {
            errors.reject("award.tooMany", new Object[] {total, rankedDepartments}, null);
        }
    }

    public List<Grade> getGrades() { return grades; }
    public void setGrades(List<Grade> grades) { this.grades = grades == null ? new ArrayList<>() : grades; }
}

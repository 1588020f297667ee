package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.Errors;
import lombok.Getter;
import lombok.Setter;

/** A department's report on one task in a round. A draft may be partial; a submission needs the essentials. */
@Getter
@Setter
public class EntryForm {

    private Long version;

    @Min(value = 0, message = "{entry.progress.range}")
    @Max(value = 100, message = "{entry.progress.range}")
    private Integer progress;

    private Signal selfStatus;

    @Size(max = 4000, message = "{entry.text.tooLong}")
    @MultiLine
    private String achievements;

    @Size(max = 4000, message = "{entry.text.tooLong}")
    @MultiLine
    private String problems;

    @Size(max = 4000, message = "{entry.text.tooLong}")
    @MultiLine
    private String nextPlan;

    static EntryForm of(RoundEntry e) {
        EntryForm f = new EntryForm();
        f.version = e.getVersion();
        f.progress = e.getProgress();
        f.selfStatus = e.getSelfStatus();
        f.achievements = e.getAchievements();
        f.problems = e.getProblems();
        f.nextPlan = e.getNextPlan();
        return f;
    }

    /** What a submission (not a draft) must have. */
    void validateSubmission(Errors errors) {
        if (progress == null && !errors.hasFieldErrors("progress")) {
            errors.rejectValue("progress", "entry.progress.required");
        }
        if (selfStatus == null) {
            errors.rejectValue("selfStatus", "entry.selfStatus.required");
        }
        if ((achievements == null || achievements.isBlank()) && !errors.hasFieldErrors("achievements")) {
            errors.rejectValue("achievements", "entry.achievements.required");
        }
    }

    void trim() {
        achievements = blankToNull(achievements);
        problems = blankToNull(problems);
        nextPlan = blankToNull(nextPlan);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("진척률", progress == null ? null : progress + "%");
        d.put("자체 판단", selfStatus == null ? null : selfStatus.messageKey());
        d.put("추진실적", achievements);
        d.put("문제점", problems);
        d.put("향후계획", nextPlan);
        return d;
    }
}

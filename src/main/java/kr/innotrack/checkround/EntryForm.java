package kr.innotrack.checkround;

import kr.innotrack.shared.text.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innotrack.shared.web.RejectedInput;
import kr.innotrack.shared.web.VersionedForm;
import lombok.Getter;
import lombok.Setter;

/** A department's report on one task in a round. A draft may be partial; a submission needs the essentials. */
@Getter
@Setter
public class EntryForm implements VersionedForm {

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

    /** What a submission (not a draft) must have; a field the binder already marked keeps its message. */
    void checkSubmission() {
        RejectedInput.Collector rejected = RejectedInput.collect();
        if (progress == null) {
            rejected.reject("progress", "entry.progress.required");
        }
        if (selfStatus == null) {
            rejected.reject("selfStatus", "entry.selfStatus.required");
        }
        if (blankToNull(achievements) == null) {
            rejected.reject("achievements", "entry.achievements.required");
        }
        rejected.throwIfAny();
    }

    EntryCommands.Report toCommand() {
        return new EntryCommands.Report(progress, selfStatus, blankToNull(achievements), blankToNull(problems),
                blankToNull(nextPlan), version);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("entry.conflict.progress", progress == null ? null : progress + "%");
        d.put("entry.conflict.selfStatus", selfStatus == null ? null : selfStatus.messageKey());
        d.put("entry.conflict.achievements", blankToNull(achievements));
        d.put("entry.conflict.problems", blankToNull(problems));
        d.put("entry.conflict.nextPlan", blankToNull(nextPlan));
        return d;
    }
}

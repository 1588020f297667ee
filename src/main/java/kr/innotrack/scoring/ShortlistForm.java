package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The office's shortlist (본선 과제): the tasks checked, and the contest row's version the page was read at. */
@Getter
@Setter
public class ShortlistForm implements kr.innotrack.shared.web.VersionedForm {

    private List<Long> taskIds = new ArrayList<>();

    private Long version;

    static ShortlistForm of(List<Long> taskIds, long version) {
        ShortlistForm f = new ShortlistForm();
        f.taskIds = new ArrayList<>(taskIds);
        f.version = version;
        return f;
    }

    /** The shortlist page shows its own notice and the saved selection, not a table. */
    @Override
    public Map<String, String> describe() {
        return Map.of();
    }

    public void setTaskIds(List<Long> taskIds) { this.taskIds = taskIds == null ? new ArrayList<>() : taskIds; }
}

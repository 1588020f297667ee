package kr.innotrack.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.innotrack.shared.web.VersionedForm;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Splitting one department from a day on into the successors of its rows (each an existing open department or a new
 * name; the first row is the main successor) and saying which row takes each account and each task: {@code accountTo}
 * and {@code taskTo} hold {@code "<id>:<row>"} (one select per account or task, so no index travels in a name).
 */
@Getter
@Setter
public class DepartmentSplitForm implements VersionedForm {

    /** How many successor rows the form offers. */
    static final int ROWS = 4;

    private Long version;

    @Size(max = ROWS, message = "{reorg.split.tooMany}")
    private List<@Valid Successor> successors = new ArrayList<>();

    @Size(max = 1000, message = "{reorg.split.assignment}")
    private List<@Pattern(regexp = "\\d{1,18}:\\d", message = "{reorg.split.assignment}") String> accountTo =
            new ArrayList<>();

    @Size(max = 1000, message = "{reorg.split.assignment}")
    private List<@Pattern(regexp = "\\d{1,18}:\\d", message = "{reorg.split.assignment}") String> taskTo =
            new ArrayList<>();

    @NotNull(message = "{reorg.effectiveOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Supplier<Map<Long, String>> departmentNames = Map::of;

    /** One successor row: an existing department, or the name of a new one. */
    @Getter
    @Setter
    public static class Successor {
        private Long departmentId;

        @Size(max = 100, message = "{department.name.tooLong}")
        private String name;

        boolean blank() {
            return departmentId == null && (name == null || name.isBlank());
        }
    }

    static DepartmentSplitForm empty(long version) {
        DepartmentSplitForm form = new DepartmentSplitForm();
        form.version = version;
        form.fill();
        return form;
    }

    /** Tops the rows up to {@link #ROWS} for the page. */
    DepartmentSplitForm fill() {
        if (successors == null) {
            successors = new ArrayList<>();
        }
        while (successors.size() < ROWS) {
            successors.add(new Successor());
        }
        return this;
    }

    DepartmentSplitForm departmentNames(Supplier<Map<Long, String>> names) {
        this.departmentNames = names;
        return this;
    }

    /** The row chosen for an account or a task ({@code "<id>:<row>"}); the main successor (0) when none was sent. */
    public int rowOf(List<String> choices, Long id) {
        return assignments(choices).getOrDefault(id, 0);
    }

    ReorganisationCommands.SplitInput toCommand() {
        List<ReorganisationCommands.SuccessorInput> rows = new ArrayList<>();
        for (Successor s : successors == null ? List.<Successor>of() : successors) {
            rows.add(s == null || s.blank() ? null : new ReorganisationCommands.SuccessorInput(s.departmentId,
                    s.departmentId != null || s.name == null ? null : s.name.strip()));
        }
        return new ReorganisationCommands.SplitInput(rows, assignments(accountTo), assignments(taskTo), effectiveOn,
                version);
    }

    private static Map<Long, Integer> assignments(List<String> choices) {
        Map<Long, Integer> result = new LinkedHashMap<>();
        for (String c : choices == null ? List.<String>of() : choices) {
            if (c != null && c.matches("\\d{1,18}:\\d")) {
                int colon = c.indexOf(':');
                result.put(Long.parseLong(c.substring(0, colon)), Integer.parseInt(c.substring(colon + 1)));
            }
        }
        return result;
    }

    @Override
    public Map<String, String> describe() {
        Map<Long, String> names = departmentNames.get();
        Map<String, String> d = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (Successor s : successors == null ? List.<Successor>of() : successors) {
            if (s != null && !s.blank()) {
                rows.add(s.departmentId != null ? names.getOrDefault(s.departmentId, "#" + s.departmentId) : s.name);
            }
        }
        d.put("reorg.successors", String.join(", ", rows));
        d.put("reorg.effectiveOn", effectiveOn == null ? null : effectiveOn.toString());
        return d;
    }
}

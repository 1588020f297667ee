package kr.innotrack.organization;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kr.innotrack.shared.web.VersionedForm;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Merging two or more open departments from a day on: into one of them ({@code successorId}) or into a new department
 * ({@code newName} under {@code newParentId}). {@code version} is the department tree's version as read
 * ({@link DepartmentService#treeVersion}).
 */
@Getter
@Setter
public class DepartmentMergeForm implements VersionedForm {

    private Long version;

    @Size(max = 50, message = "{reorg.merge.departments.tooMany}")
    private List<Long> departmentIds = new ArrayList<>();

    /** One of the merged departments, or null for a new one. */
    private Long successorId;

    @Size(max = 100, message = "{department.name.tooLong}")
    private String newName;

    private Long newParentId;

    @NotNull(message = "{reorg.effectiveOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Supplier<Map<Long, String>> departmentNames = Map::of;

    DepartmentMergeForm departmentNames(Supplier<Map<Long, String>> names) {
        this.departmentNames = names;
        return this;
    }

    ReorganisationCommands.MergeInput toCommand() {
        return new ReorganisationCommands.MergeInput(ids(), successorId,
                newName == null || newName.isBlank() ? null : newName.strip(), newParentId, effectiveOn, version);
    }

    private List<Long> ids() {
        return departmentIds == null ? List.of()
                : departmentIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public Map<String, String> describe() {
        Map<Long, String> names = departmentNames.get();
        Map<String, String> d = new LinkedHashMap<>();
        d.put("reorg.merge.departments", ids().stream().map(id -> names.getOrDefault(id, "#" + id))
                .collect(Collectors.joining(", ")));
        d.put("reorg.successor", successorId == null ? newName : names.getOrDefault(successorId, "#" + successorId));
        d.put("reorg.newParent", newParentId == null ? null : names.getOrDefault(newParentId, "#" + newParentId));
        d.put("reorg.effectiveOn", effectiveOn == null ? null : effectiveOn.toString());
        return d;
    }
}

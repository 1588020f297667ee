package kr.innotrack.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kr.innotrack.shared.web.VersionedForm;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/** Creating or editing a department: name, the office it sits under, its place in lists, its 정원/현원. */
@Getter
@Setter
public class DepartmentForm implements VersionedForm {

    private Long version;

    @NotBlank(message = "{department.name.required}")
    @Size(max = 100, message = "{department.name.tooLong}")
    private String name;

    private Long parentId;

    @NotNull(message = "{department.sortOrder.required}")
    @Min(value = 0, message = "{department.sortOrder.range}")
    @Max(value = 9999, message = "{department.sortOrder.range}")
    private Integer sortOrder = 0;

    @Min(value = 0, message = "{department.headcount.range}")
    @Max(value = 100000, message = "{department.headcount.range}")
    private Integer authorized;

    @Min(value = 0, message = "{department.headcount.range}")
    @Max(value = 100000, message = "{department.headcount.range}")
    private Integer current;

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Supplier<Map<Long, String>> departmentNames = Map::of;

    static DepartmentForm of(DepartmentService.Editable saved) {
        DepartmentForm form = new DepartmentForm();
        form.version = saved.version();
        form.name = saved.name();
        form.parentId = saved.parentId();
        form.sortOrder = saved.sortOrder();
        form.authorized = saved.authorized();
        form.current = saved.current();
        return form;
    }

    DepartmentForm departmentNames(Supplier<Map<Long, String>> names) {
        this.departmentNames = names;
        return this;
    }

    DepartmentCommands.DepartmentInput toCommand() {
        return new DepartmentCommands.DepartmentInput(name.strip(), parentId, sortOrder, authorized, current, version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("department.name", name);
        d.put("department.parent", parentId == null ? null : departmentNames.get().get(parentId));
        d.put("department.sortOrder", sortOrder == null ? null : sortOrder.toString());
        d.put("department.authorized", authorized == null ? null : authorized.toString());
        d.put("department.current", current == null ? null : current.toString());
        return d;
    }
}

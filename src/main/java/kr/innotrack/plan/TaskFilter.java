package kr.innotrack.plan;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The task list's filter form, bound from query parameters. Empty fields mean "no filter". */
@Getter
@Setter
public class TaskFilter {

    public static final String OVERDUE = "OVERDUE";

    @Size(max = 20, message = "{filter.node.invalid}")
    private String area;

    @Size(max = 20, message = "{filter.node.invalid}")
    private String focus;

    private Long dept;

    @Pattern(regexp = "PLANNED|IN_PROGRESS|DONE|DELAYED|CANCELLED|OVERDUE", message = "{filter.status.invalid}")
    private String status;

    private Boolean continuing;

    @Size(max = 100, message = "{filter.q.tooLong}")
    private String q;

    @Pattern(regexp = "code|title|department|officer|next|status|progress", message = "{filter.sort.invalid}")
    private String sort;

    public void setArea(String area) {
        this.area = blankToNull(area);
    }

    public void setFocus(String focus) {
        this.focus = blankToNull(focus);
    }

    public void setStatus(String status) {
        this.status = blankToNull(status);
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public String getSort() {
        return sort == null ? "code" : sort;
    }

    public void setSort(String sort) {
        this.sort = blankToNull(sort);
    }

    /** The node the list is narrowed to: the focus sub-area if chosen, else the area. */
    String nodeCode() {
        return focus != null ? focus : area;
    }

    public boolean active() {
        return area != null || focus != null || dept != null || status != null || continuing != null || q != null;
    }

    /** A copy without values that failed validation, so a bad parameter never reaches a query. */
    TaskFilter withoutInvalid(java.util.Set<String> invalidFields) {
        TaskFilter copy = new TaskFilter();
        copy.area = invalidFields.contains("area") ? null : area;
        copy.focus = invalidFields.contains("focus") ? null : focus;
        copy.dept = invalidFields.contains("dept") ? null : dept;
        copy.status = invalidFields.contains("status") ? null : status;
        copy.continuing = invalidFields.contains("continuing") ? null : continuing;
        copy.q = invalidFields.contains("q") ? null : q;
        copy.sort = invalidFields.contains("sort") ? null : sort;
        return copy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

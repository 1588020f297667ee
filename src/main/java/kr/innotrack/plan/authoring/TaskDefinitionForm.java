package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.innotrack.organization.Department;
import kr.innotrack.plan.StrategyNode;
import kr.innotrack.plan.Task;
import kr.innotrack.plan.TaskDefinitionEditing;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/**
 * Every field of the seed task sheet (과제 정의): where the task sits in the strategy tree, its code and title, lead
 * and collaborating departments, 협업기관, officer, phone, 소요예산, 계속/대표과제, 추진배경, 주요내용, 개선 전/후; the
 * 변경 사유 when the plan is confirmed and the change is structural.
 */
@Getter
@Setter
public class TaskDefinitionForm implements VersionedForm {

    private Long version;

    @NotNull(message = "{taskdef.node.required}")
    private Long nodeId;

    /** Blank on a new task: the code suggested from the node. */
    @Size(max = 20, message = "{taskdef.code.tooLong}")
    @Pattern(regexp = "[\\p{IsHangul}\\p{Alnum}\\-.()]*", message = "{taskdef.code.pattern}")
    private String code;

    /** On an existing task: take the code suggested from the (new) node instead of the code field. */
    private boolean renumber;

    @NotBlank(message = "{taskdef.title.required}")
    @Size(max = 300, message = "{taskdef.title.tooLong}")
    private String title;

    private Long leadDepartmentId;

    @Size(max = 50, message = "{taskdef.collaborating.tooMany}")
    private List<Long> collaboratingDepartmentIds = new ArrayList<>();

    @Size(max = 500, message = "{taskdef.collaborators.tooLong}")
    private String collaborators;

    @Size(max = 200, message = "{taskdef.officer.tooLong}")
    private String officer;

    @Size(max = 100, message = "{taskdef.phone.tooLong}")
    @Pattern(regexp = "[0-9 ,()+\\-~]*", message = "{taskdef.phone.pattern}")
    private String phone;

    @Size(max = 500, message = "{taskdef.budgetText.tooLong}")
    private String budgetText;

    private boolean continuing;
    private boolean representative;

    @MultiLine
    @Size(max = 20000, message = "{taskdef.background.tooLong}")
    private String background;

    @MultiLine
    @Size(max = 20000, message = "{taskdef.details.tooLong}")
    private String details;

    @MultiLine
    @Size(max = 5000, message = "{taskdef.before.tooLong}")
    private String before;

    @MultiLine
    @Size(max = 5000, message = "{taskdef.after.tooLong}")
    private String after;

    @MultiLine
    @Size(max = 1000, message = "{taskdef.reason.tooLong}")
    private String reason;

    /** Names for the conflict view (node code, department names by id). */
    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Map<Long, String> nodeNames = Map.of();

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Map<Long, String> departmentNames = Map.of();

    static TaskDefinitionForm of(Task t, List<Department> collaborating) {
        TaskDefinitionForm f = new TaskDefinitionForm();
        f.version = t.getVersion();
        f.nodeId = t.getStrategyNode().getId();
        f.code = t.getCode();
        f.title = t.getTitle();
        f.leadDepartmentId = t.getLeadDepartment() == null ? null : t.getLeadDepartment().getId();
        f.collaboratingDepartmentIds = new ArrayList<>(collaborating.stream().map(Department::getId).toList());
        f.collaborators = t.getCollaborators();
        f.officer = t.getOfficer();
        f.phone = t.getPhone();
        f.budgetText = t.getBudgetText();
        f.continuing = t.isContinuing();
        f.representative = t.isRepresentative();
        f.background = t.getBackground();
        f.details = t.getDetails();
        f.before = t.getBefore();
        f.after = t.getAfter();
        return f;
    }

    TaskDefinitionForm names(List<StrategyNode> nodes, List<Department> departments) {
        Map<Long, String> n = new LinkedHashMap<>();
        nodes.forEach(node -> n.put(node.getId(), node.getCode() + " " + node.getName()));
        Map<Long, String> d = new LinkedHashMap<>();
        departments.forEach(dep -> d.put(dep.getId(), dep.getName()));
        this.nodeNames = n;
        this.departmentNames = d;
        return this;
    }

    TaskDefinitionEditing.Definition toDefinition() {
        return new TaskDefinitionEditing.Definition(nodeId, code, title, leadDepartmentId,
                collaboratingDepartmentIds, collaborators, officer, phone, budgetText, continuing, representative,
                background, details, before, after);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("taskdef.field.node", nodeId == null ? null : nodeNames.getOrDefault(nodeId, String.valueOf(nodeId)));
        d.put("taskdef.field.code", code);
        d.put("taskdef.field.title", title);
        d.put("taskdef.field.lead", leadDepartmentId == null ? null
                : departmentNames.getOrDefault(leadDepartmentId, String.valueOf(leadDepartmentId)));
        d.put("taskdef.field.collaborating", collaboratingDepartmentIds == null ? null
                : String.join(", ", collaboratingDepartmentIds.stream().filter(Objects::nonNull)
                .map(id -> departmentNames.getOrDefault(id, String.valueOf(id))).toList()));
        d.put("taskdef.field.collaborators", collaborators);
        d.put("taskdef.field.officer", officer);
        d.put("taskdef.field.phone", phone);
        d.put("taskdef.field.budgetText", budgetText);
        d.put("taskdef.field.continuing", TaskFlag.of(continuing).messageKey());
        d.put("taskdef.field.representative", TaskFlag.of(representative).messageKey());
        d.put("taskdef.field.background", background);
        d.put("taskdef.field.details", details);
        d.put("taskdef.field.before", before);
        d.put("taskdef.field.after", after);
        return d;
    }
}

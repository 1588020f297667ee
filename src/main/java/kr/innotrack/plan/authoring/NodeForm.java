package kr.innotrack.plan.authoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kr.innotrack.plan.NodeMark;
import kr.innotrack.plan.PlanStructureEditing;
import kr.innotrack.plan.StrategyNode;
import kr.innotrack.shared.text.MultiLine;
import kr.innotrack.shared.web.VersionedForm;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/**
 * A node of the strategy tree: code (the plan's only one), name, what its level is called (영역, 중점분야, 전략,
 * 세부목표 …), category, 필수과제 mark, the node it sits under (null: the root; changing it moves the node), and on a
 * confirmed plan the reason for the change.
 */
@Getter
@Setter
public class NodeForm implements VersionedForm {

    private Long version;

    @NotBlank(message = "{planStructure.code.required}")
    @Size(max = 20, message = "{planStructure.code.tooLong}")
    private String code;

    @NotBlank(message = "{planStructure.name.required}")
    @Size(max = 300, message = "{planStructure.name.tooLong}")
    private String name;

    @NotBlank(message = "{planStructure.levelName.required}")
    @Size(max = 30, message = "{planStructure.levelName.tooLong}")
    private String levelName;

    @Size(max = 50, message = "{planStructure.category.tooLong}")
    private String category;

    private boolean mandatory;

    private Long parentId;

    @MultiLine
    @Size(max = 1000, message = "{planStructure.reason.tooLong}")
    private String reason;

    @Getter(AccessLevel.NONE)
    @Setter(AccessLevel.NONE)
    private Supplier<Map<Long, String>> nodeNames = Map::of;

    static NodeForm of(StrategyNode node) {
        NodeForm form = new NodeForm();
        form.version = node.getVersion();
        form.code = node.getCode();
        form.name = node.getName();
        form.levelName = node.getLevelName();
        form.category = node.getCategory();
        form.mandatory = node.isMandatory();
        form.parentId = node.getParentId();
        return form;
    }

    static NodeForm suggested(Long parentId, String code, String levelName) {
        NodeForm form = new NodeForm();
        form.parentId = parentId;
        form.code = code;
        form.levelName = levelName;
        return form;
    }

    /** How the conflict view names the parent: node id → code and name. */
    NodeForm nodeNames(Supplier<Map<Long, String>> names) {
        this.nodeNames = names;
        return this;
    }

    PlanStructureEditing.NodeInput toCommand() {
        return new PlanStructureEditing.NodeInput(code, name, levelName, category, mandatory, parentId, reason,
                version);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("planStructure.code", code);
        d.put("planStructure.name", name);
        d.put("planStructure.levelName", levelName);
        d.put("planStructure.category", category);
        d.put("planStructure.mandatory", NodeMark.of(mandatory).messageKey());
        d.put("planStructure.parent", parentId == null ? null : nodeNames.get().get(parentId));
        return d;
    }
}

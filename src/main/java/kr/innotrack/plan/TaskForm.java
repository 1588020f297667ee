package kr.innotrack.plan;

import kr.innotrack.shared.web.VersionedForm;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/** The task fields a department keeps current: who is in charge and how to reach them. */
@Getter
@Setter
public class TaskForm implements VersionedForm {

    @NotNull
    private Long version;

    @Size(max = 200, message = "{task.officer.tooLong}")
    private String officer;

    @Size(max = 100, message = "{task.phone.tooLong}")
    @Pattern(regexp = "[0-9 ,()+\\-~]*", message = "{task.phone.pattern}")
    private String phone;

    /** Only a planning admin may change this; ignored for anyone else. */
    private boolean collaboratorsMayEdit;

    static TaskForm of(Task t) {
        TaskForm f = new TaskForm();
        f.version = t.getVersion();
        f.officer = t.getOfficer();
        f.phone = t.getPhone();
        f.collaboratorsMayEdit = t.isCollaboratorsMayEdit();
        return f;
    }

    TaskCommands.OfficerFields toCommand() {
        return new TaskCommands.OfficerFields(officer, phone, collaboratorsMayEdit, version);
    }

    /** Field label keys → values; the permission as its word's key (the conflict view resolves it). */
    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("task.field.officer", officer);
        d.put("task.field.phone", phone);
        d.put("task.field.collaboratorsMayEdit", CollaboratorEditing.of(collaboratorsMayEdit).messageKey());
        return d;
    }

    public void setOfficer(String officer) {
        this.officer = MilestoneForm.trim(officer);
    }

    public void setPhone(String phone) {
        this.phone = MilestoneForm.trim(phone);
    }
}

package kr.innotrack.plan.sheet;

import lombok.Getter;
import lombok.Setter;

/** 「계획 만들기」 on a clean preview: the token of the upload kept in the person's session. */
@Getter
@Setter
class SheetCreateForm {

    private String token;

    /** Where a problem of the file itself shows: this form has no file of its own (it was kept at the upload). */
    public String getFile() {
        return null;
    }
}

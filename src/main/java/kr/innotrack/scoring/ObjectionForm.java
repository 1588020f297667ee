package kr.innotrack.scoring;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kr.innotrack.shared.text.MultiLine;

/** A department's objection to its score: which component (or the whole score) and why. */
@Getter
@Setter
public class ObjectionForm {

    private Component component;

    @NotBlank(message = "{objection.text.required}")
    @Size(max = 2000, message = "{objection.text.tooLong}")
    @MultiLine
    private String text;

    public void setText(String text) { this.text = text == null ? null : text.strip(); }
}

package kr.innotrack.auditfinding;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** 종결 and 불가 need a closing note saying why: reported beside the {@code closingNote} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ClosingNoteRequired.Check.class)
@interface ClosingNoteRequired {

    String message() default "{finding.closingNote.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ClosingNoteRequired, StatusForm> {

        @Override
        public boolean isValid(StatusForm form, ConstraintValidatorContext context) {
            if (form == null || form.getStatus() == null || !form.getStatus().needsClosingNote()
                    || form.getClosingNote() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("closingNote").addConstraintViolation();
            return false;
        }
    }
}

package kr.innotrack.plan;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A milestone's dates agree with each other: the end month not before the start month, a completion date when (and
 * only when) it is done. The rules that need the plan year or today's date are checked by {@code TaskCommands}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MilestoneDates.Validator.class)
@interface MilestoneDates {

    String message() default "{milestone.end.beforeStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MilestoneDates, MilestoneForm> {

        @Override
        public boolean isValid(MilestoneForm f, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (f.getPlannedStart() != null && f.getPlannedEnd() != null
                    && f.getPlannedEnd().isBefore(f.getPlannedStart())) {
                valid = reject(context, "plannedEnd", "{milestone.end.beforeStart}");
            }
            if (f.getStatus() == MilestoneStatus.DONE && f.getActualCompletion() == null) {
                valid = reject(context, "actualCompletion", "{milestone.completion.required}");
            } else if (f.getActualCompletion() != null && f.getStatus() != MilestoneStatus.DONE) {
                valid = reject(context, "actualCompletion", "{milestone.completion.onlyWhenDone}");
            }
            return valid;
        }

        private static boolean reject(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}

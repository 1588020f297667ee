package kr.innotrack.organization;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A new password typed twice must be typed the same: reported beside {@code passwordConfirm}. As before the rule
 * moved here, a password the policy refuses anyway is reported as such (by the command), not as a mismatch.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordsMatch.Check.class)
@interface PasswordsMatch {

    String message() default "{password.mismatch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A form with a new password and its confirmation. */
    interface TypedTwice {

        String getPassword();

        String getPasswordConfirm();

        /** False where no password is set (a service account). */
        default boolean setsPassword() {
            return true;
        }
    }

    class Check implements ConstraintValidator<PasswordsMatch, TypedTwice> {

        private final PasswordPolicy policy;

        Check(PasswordPolicy policy) {
            this.policy = policy;
        }

        @Override
        public boolean isValid(TypedTwice form, ConstraintValidatorContext context) {
            if (form == null || !form.setsPassword() || form.getPassword() == null
                    || policy.check(form.getPassword(), null).isPresent()
                    || form.getPassword().equals(form.getPasswordConfirm())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("passwordConfirm").addConstraintViolation();
            return false;
        }
    }
}

package kr.innotrack.organization;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A token lasts one of the offered lifetimes ({@link ApiTokens#LIFETIMES_DAYS}); null is left to {@code @NotNull}. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TokenLifetime.Check.class)
@interface TokenLifetime {

    String message() default "{token.days.choice}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TokenLifetime, Integer> {

        @Override
        public boolean isValid(Integer days, ConstraintValidatorContext context) {
            return days == null || ApiTokens.LIFETIMES_DAYS.contains(days);
        }
    }
}

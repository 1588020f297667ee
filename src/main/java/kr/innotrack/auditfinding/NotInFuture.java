package kr.innotrack.auditfinding;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/** A date that has happened: today or before, by the application's clock (null is left to {@code @NotNull}). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotInFuture.Check.class)
@interface NotInFuture {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, which injects the clock. */
    class Check implements ConstraintValidator<NotInFuture, LocalDate> {

        private final Clock clock;

        Check(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || !date.isAfter(LocalDate.now(clock));
        }
    }
}

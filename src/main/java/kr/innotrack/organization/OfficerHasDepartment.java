package kr.innotrack.organization;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import kr.innotrack.shared.Role;

/** A department officer's account names their department: reported beside {@code departmentId}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OfficerHasDepartment.Check.class)
@interface OfficerHasDepartment {

    String message() default "{account.department.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<OfficerHasDepartment, AccountForm> {

        @Override
        public boolean isValid(AccountForm form, ConstraintValidatorContext context) {
            if (form == null || form.getRole() != Role.DEPARTMENT_OFFICER || form.getDepartmentId() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("departmentId").addConstraintViolation();
            return false;
        }
    }
}

package kr.innotrack.organization;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Closing a department from a day on (blank: today), read at {@code version}. */
@Getter
@Setter
public class DepartmentCloseForm {

    private Long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;
}

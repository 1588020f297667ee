package kr.innotrack.plan;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The overview's reference-date selector (기준일), bound from the query parameter {@code date}. */
@Getter
@Setter
public class OverviewForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
}

package kr.innotrack.system;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the demo date on every page's model ({@code demoToday}, null when the real clock runs), so the layout, the
 * sign-in page and the projector deck say that the date is fixed and the progress is sample data
 * ({@code fragments/demo.html}). Reads the property, not the clock bean, so it also works in web slices.
 */
@ControllerAdvice
class DemoBanner {

    private final LocalDate demoToday;

    DemoBanner(@Value("${innotrack.demo.today:}") String demoToday) {
        this.demoToday = demoToday == null || demoToday.isBlank() ? null : LocalDate.parse(demoToday.trim());
    }

    @ModelAttribute("demoToday")
    LocalDate demoToday() {
        return demoToday;
    }
}

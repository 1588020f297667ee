package kr.innotrack.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** A save based on stale data: answer 409 with the saved values beside the person's own (fragments/conflict). */
public final class Conflicts {

    private Conflicts() {
    }

    public static void show(Model model, HttpServletResponse response, Map<String, String> current,
                            Map<String, String> mine) {
        model.addAttribute("conflict", ConflictRow.compare(current, mine));
        response.setStatus(HttpStatus.CONFLICT.value());
    }
}

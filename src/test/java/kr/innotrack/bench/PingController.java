package kr.innotrack.bench;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest signed-in request the app answers: through the same security filters, MVC and JSON as every page,
 * but with no database work. The benchmark uses it as the ceiling of the stack (bench/README.md); it is not in the
 * production jar (package-info).
 */
@RestController
class PingController {

    @GetMapping("/api/ping")
    Map<String, String> ping() {
        return Map.of("status", "ok");
    }
}

package kr.innotrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Every feature package is an application module; its boundaries are checked here. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(InnotrackApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        List<String> violations = modules.detectViolations().getMessages();
        violations.forEach(System.out::println);
        assertThat(violations).isEmpty();
    }
}

package kr.innotrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.http.HttpServletResponse;
import kr.innotrack.shared.web.Conflicts;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/** Every feature package is an application module; its boundaries are checked here. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(InnotrackApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        List<String> violations = modules.detectViolations().getMessages();
        violations.forEach(System.out::println);
        assertThat(violations).isEmpty();
    }

    /**
     * A controller neither catches exceptions, nor sets a status, nor answers a conflict itself: a form POST ends
     * through {@code shared.web.FormSubmission}, anything else through {@code GlobalExceptionHandler}.
     */
    @Test
    void controllersLeaveBadInputAndConflictsToOnePlace() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("kr.innotrack");
        List<String> offenders = new ArrayList<>();
        int controllers = 0;
        for (JavaClass type : classes) {
            JavaClass outer = type.getEnclosingClass().orElse(type);
            if (!outer.isAnnotatedWith(Controller.class) && !outer.isAnnotatedWith(RestController.class)) {
                continue;
            }
            controllers++;
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (!unit.getTryCatchBlocks().isEmpty()) {
                    offenders.add(unit.getFullName() + " catches an exception");
                }
                for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().isAssignableTo(HttpServletResponse.class)
                            && call.getName().equals("setStatus")) {
                        offenders.add(unit.getFullName() + " sets a status");
                    }
                    if (call.getTargetOwner().isEquivalentTo(Conflicts.class)) {
                        offenders.add(unit.getFullName() + " answers a conflict");
                    }
                }
            }
        }
        assertThat(controllers).as("controllers found").isGreaterThan(20);
        assertThat(offenders).isEmpty();
    }

    /**
     * The module diagrams and canvases in {@code docs/modules} are what the code says now. They are written to
     * {@code target/modules} and compared, so the build never edits the working tree; after a change in the
     * modules copy them over: {@code rm -rf docs/modules && cp -r target/modules docs/modules}.
     */
    @Test
    void moduleDocumentationIsCurrent() throws IOException {
        Path generated = Path.of("target/modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeDocumentation(DiagramOptions.defaults().withStyle(DiagramStyle.UML), CanvasOptions.defaults());
        Path committed = Path.of("docs/modules");
        assertThat(files(committed)).as("files in docs/modules (copy target/modules there)")
                .isEqualTo(files(generated));
        List<String> stale = new ArrayList<>();
        for (String name : files(generated)) {
            if (!lines(generated.resolve(name)).equals(lines(committed.resolve(name)))) {
                stale.add(name);
            }
        }
        assertThat(stale).as("docs/modules is stale: rm -rf docs/modules && cp -r target/modules docs/modules")
                .isEmpty();
    }

    /**
     * Structurizr writes a diagram's relations, and the canvases their lists, in no fixed order: the lines are
     * compared as a sorted list, without the table-cell mark that only the first item of a list carries.
     */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.replaceFirst("^\\|\\* ", "* ").strip())
                .sorted().toList();
    }

    private static List<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: every form shows the error summary at its top (fragments/errors :: summary), so a refused save never leaves
 * its message out of sight. Checked on the templates, so a form added later (issue 12's account page and token forms
 * were) cannot forget it: every {@code <form>} bound to a form object ({@code th:object}) includes the summary itself or
 * through a fragment it includes.
 */
class ErrorSummaryTemplateTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final String SUMMARY = "fragments/errors :: summary";
    static final Pattern FORM = Pattern.compile("<form\\b[^>]*th:object=[^>]*>(.*?)</form>", Pattern.DOTALL);
    static final Pattern INCLUDE = Pattern.compile("~\\{([\\w/-]+) :: ([\\w-]+)");

    @Test
    void everyFormBoundToAFormObjectShowsTheErrorSummary() throws IOException {
        List<String> forms = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Matcher form = FORM.matcher(Files.readString(file));
                while (form.find()) {
                    String where = TEMPLATES.relativize(file) + ": " + form.group().lines().findFirst().orElse("").strip();
                    forms.add(where);
                    if (!showsSummary(form.group(1))) {
                        missing.add(where);
                    }
                }
            }
        }
        assertThat(forms).as("the scan finds the forms").hasSizeGreaterThan(20);
        assertThat(missing).as("forms without the error summary").isEmpty();
    }

    static boolean showsSummary(String body) throws IOException {
        if (body.contains(SUMMARY)) {
            return true;
        }
        Matcher include = INCLUDE.matcher(body);
        while (include.find()) {
            Path file = TEMPLATES.resolve(include.group(1) + ".html");
            if (!Files.exists(file)) {
                continue;
            }
            String html = Files.readString(file);
            int start = html.indexOf("th:fragment=\"" + include.group(2));
            if (start < 0) {
                continue;
            }
            int next = html.indexOf("th:fragment=", start + 1);
            if (html.substring(start, next < 0 ? html.length() : next).contains(SUMMARY)) {
                return true;
            }
        }
        return false;
    }
}

package kr.innotrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.innotrack.shared.Labeled;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * One home for the words (in the spirit of petclinic's {@code I18nPropertiesSyncTest}): the Java side says nothing
 * in Korean itself, every key it or a template uses is defined once in {@code src/main/resources/i18n}, and every
 * {@link Labeled} enum constant has its word.
 */
class MessagesTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path I18N = Path.of("src/main/resources/i18n");

    /**
     * Korean here is data or grammar, not something the app says: seed transcription, the schedule grammar and the
     * particle grammar ({@code Josa}).
     */
    private static final List<String> MAY_HOLD_KOREAN = List.of("kr/innotrack/seed/", "ScheduleParser.java",
            "kr/innotrack/shared/text/Josa.java",
            // Excel number-format codes carry their unit (#,##0"백만원"): a format, not a sentence
            "kr/innotrack/document/OfficeColumn.java");

    /**
     * Packages whose words have not moved to the message files yet (issue 14 moves them module by module; this
     * list only shrinks, and is empty when the issue is done).
     */
    private static final Set<String> NOT_YET_MOVED = Set.of();

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u3131-\\u318E]");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_\\-]+)+)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)\\s*[}(]");
    private static final Pattern ANNOTATION_KEY = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");

    private static Map<String, String> defined;       // key → file
    private static final List<String> duplicates = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        defined = new TreeMap<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : p.stringPropertyNames()) {
                    String before = defined.put(key, file.getFileName().toString());
                    if (before != null) {
                        duplicates.add(key + " (" + before + ", " + file.getFileName() + ")");
                    }
                }
            }
        }
    }

    @Test
    void everyKeyIsDefinedOnce() {
        assertThat(duplicates).as("keys defined in two message files (the first file would win silently)").isEmpty();
    }

    /** A year argument formatted as a plain {0} comes out as 2,021: years are written {0,number,#}. */
    @Test
    void yearsAreWrittenWithoutThousandsSeparators() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (Pattern.compile("\\{\\d+}\\s*(년|년도)").matcher(line).find()) {
                        found.add(file.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theJavaSideSaysNothingInKoreanItself() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            String path = MAIN_JAVA.relativize(file).toString().replace('\\', '/');
            if (MAY_HOLD_KOREAN.stream().anyMatch(path::contains)
                    || NOT_YET_MOVED.stream().anyMatch(path::startsWith)) {
                continue;
            }
            String code = withoutComments(Files.readString(file));
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                if (HANGUL.matcher(m.group()).find()) {
                    int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(path + ":" + line + " " + m.group());
                }
            }
        }
        assertThat(found).as("Korean string literals in UI-facing Java: move them to src/main/resources/i18n "
                + "(shared.Messages, a key on the exception, or a constraint message)").isEmpty();
    }

    @Test
    void everyKeyUsedIsDefined() throws IOException {
        Set<String> namespaces = new TreeSet<>();
        defined.keySet().forEach(k -> namespaces.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        namespaces.add("enum");
        Map<String, String> missing = new TreeMap<>();
        for (Path file : javaFiles()) {
            String code = withoutComments(Files.readString(file));
            collect(ANNOTATION_KEY, code, file, missing, key -> true);
            collect(KEY_LITERAL, code, file, missing,
                    key -> namespaces.contains(key.substring(0, key.indexOf('.'))));
        }
        for (Path file : templateFiles()) {
            collect(TEMPLATE_KEY, Files.readString(file), file, missing, key -> true);
        }
        for (Class<?> type : labeledEnums()) {
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labeled) constant).messageKey();
                if (!defined.containsKey(key)) {
                    missing.put(key, type.getName());
                }
            }
        }
        assertThat(missing).as("message keys used but not defined in src/main/resources/i18n (key → where)").isEmpty();
    }

    @Test
    void keysNobodyUsesAreListed() throws IOException {
        StringBuilder everything = new StringBuilder();
        for (Path file : javaFiles()) {
            everything.append(Files.readString(file));
        }
        for (Path file : templateFiles()) {
            everything.append(Files.readString(file));
        }
        String all = everything.toString();
        List<String> unused = defined.keySet().stream()
                .filter(key -> !all.contains(key) && !key.startsWith("typeMismatch") && !key.startsWith("enum."))
                .toList();
        // listed for the reader of the build log, not failed: keys built at run time (round.help. + state) look unused
        System.out.println("message keys not referenced literally (" + unused.size() + "): " + unused);
        assertThat(defined).isNotEmpty();
    }

    private static void collect(Pattern pattern, String text, Path file, Map<String, String> missing,
                                java.util.function.Predicate<String> isKey) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String key = m.group(1);
            if (isKey.test(key) && !defined.containsKey(key)) {
                missing.putIfAbsent(key, file.toString());
            }
        }
    }

    private static List<Class<?>> labeledEnums() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Labeled.class));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("kr.innotrack")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.isEnum()) {
                    types.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return types;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The source without comments, line breaks kept so line numbers stay right. */
    static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                out.append(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, code.length());
                out.append(code, i, j);
                i = j;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                code.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}

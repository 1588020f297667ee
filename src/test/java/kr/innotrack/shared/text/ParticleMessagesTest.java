package kr.innotrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.innotrack.shared.Messages;
import kr.innotrack.support.AppMessages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

/**
 * Every message with a variable says its particle in the neutral form, and the app's message source resolves it
 * ({@link Josa}).
 */
class ParticleMessagesTest {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * A placeholder (after closing quotes or brackets, which do not decide the sound) glued to a fixed particle. A
     * particle after a parenthesis ({@code 기한({0})이}) belongs to the word before it and stays fixed.
     */
    private static final Pattern FIXED_AFTER_PLACEHOLDER = Pattern.compile(
            "\\{\\d[^}]*}[’”」』'\"]*(이|가|을|를|은|는|와|과|으로|로|이라는|라는)(?=[\\s.,:;!?)]|$)");
    private static final Pattern FIXED_AFTER_EXPRESSION = Pattern.compile(
            "\\$\\{[^}]*}[’”」』'\"]*(이|가|을|를|은|는|와|과|으로|로|이라는|라는)(?=[\\s.,:;!?)|]|$)");

    @Test
    void messagesWriteTheParticleAfterAPlaceholderInTheNeutralForm() throws IOException {
        assertThat(scan(I18N, ".properties", FIXED_AFTER_PLACEHOLDER))
                .as("write {0}이(가), {0}을(를), {0}은(는), {0}와(과), {0}(으)로, {0}(이)라는").isEmpty();
    }

    @Test
    void templatesDoNotGlueAFixedParticleToAValue() throws IOException {
        assertThat(scan(TEMPLATES, ".html", FIXED_AFTER_EXPRESSION))
                .as("use ${@messages.josa(value, '을')} or a message with a neutral form").isEmpty();
    }

    @Test
    void theScanFindsAFixedParticle() {
        assertThat(FIXED_AFTER_PLACEHOLDER.matcher("x={0}이 시작되었습니다.").find()).isTrue();
        assertThat(FIXED_AFTER_PLACEHOLDER.matcher("x=‘{0}’로 바꿨습니다.").find()).isTrue();
        assertThat(FIXED_AFTER_PLACEHOLDER.matcher("x={0}을(를) 만들었습니다.").find()).isFalse();
        assertThat(FIXED_AFTER_PLACEHOLDER.matcher("x=기한({0})이 지났습니다.").find()).isFalse();
        assertThat(FIXED_AFTER_EXPRESSION.matcher("|${plan.title}을 닫습니다|").find()).isTrue();
    }

    @Test
    void realMessagesTakeTheParticleTheirArgumentNeeds() {
        Messages messages = AppMessages.messages();
        assertThat(messages.get("notice.roundOpened", "2분기 점검", 37, "2021-07-09"))
                .startsWith("2분기 점검이 시작되었습니다.");
        assertThat(messages.get("notice.roundOpened", "상반기 보고회", 37, "2021-07-09"))
                .startsWith("상반기 보고회가 시작되었습니다.");
        assertThat(messages.get("round.flash.moved", "종료")).isEqualTo("점검 단계를 ‘종료’로 바꿨습니다.");
        assertThat(messages.get("round.flash.moved", "진행")).isEqualTo("점검 단계를 ‘진행’으로 바꿨습니다.");
        assertThat(messages.get("account.flash.created", "samcheok.admin")).isEqualTo("계정 samcheok.admin을 만들었습니다.");
        assertThat(messages.get("department.close.alreadyClosed", "기획예산과")).startsWith("기획예산과는 ");
        assertThat(messages.get("department.close.alreadyClosed", "총무과장실")).startsWith("총무과장실은 ");
        // an argument that is itself a key is resolved with the message
        assertThat(messages.get("round.flash.moved", Messages.key("enum.RoundState.CLOSED")))
                .isEqualTo("점검 단계를 ‘종료’로 바꿨습니다.");
    }

    @Test
    void theApplicationsMessageSourceResolvesParticles() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
                .withBean(ParticleMessages.class)
                .withPropertyValues("spring.messages.basename=i18n/checkround,i18n/notice",
                        "spring.messages.fallback-to-system-locale=false")
                .run(context -> {
                    assertThat(context.getBean("messageSource")).isInstanceOf(ParticleMessageSource.class);
                    MessageSource source = context; // what Thymeleaf and Bean Validation ask
                    assertThat(source.getMessage("round.flash.moved", new Object[] {"종료"}, Locale.KOREA))
                            .isEqualTo("점검 단계를 ‘종료’로 바꿨습니다.");
                    assertThat(context.getBean(MessageSource.class).getMessage("notice.roundOpened",
                            new Object[] {"3분기 점검", 5, "2021-10-08"}, Locale.KOREA)).startsWith("3분기 점검이 ");
                });
    }

    private static List<String> scan(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).startsWith("#") && pattern.matcher(lines.get(i)).find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        return found;
    }

    /** A message without arguments is looked up once; one with arguments, and a missing code, every time. */
    @Test
    void argumentlessMessagesAreLookedUpOnce() {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        org.springframework.context.support.StaticMessageSource words = new org.springframework.context.support.StaticMessageSource() {
            @Override
            protected String resolveCodeWithoutArguments(String code, Locale locale) {
                lookups.incrementAndGet();
                return super.resolveCodeWithoutArguments(code, locale);
            }

            @Override
            protected java.text.MessageFormat resolveCode(String code, Locale locale) {
                lookups.incrementAndGet();
                return super.resolveCode(code, locale);
            }
        };
        words.addMessage("plain", Locale.KOREA, "점검이(가) 시작되었습니다");
        words.addMessage("with", Locale.KOREA, "{0}을(를) 저장했습니다");
        ParticleMessageSource source = new ParticleMessageSource(words);
        assertThat(source.getMessage("plain", null, Locale.KOREA)).isEqualTo("점검이 시작되었습니다");
        assertThat(source.getMessage("plain", new Object[0], Locale.KOREA)).isEqualTo("점검이 시작되었습니다");
        assertThat(lookups.get()).isEqualTo(1);
        assertThat(source.getMessage("with", new Object[] {"과제"}, Locale.KOREA)).isEqualTo("과제를 저장했습니다");
        assertThat(source.getMessage("with", new Object[] {"일정"}, Locale.KOREA)).isEqualTo("일정을 저장했습니다");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.getMessage("missing", null, Locale.KOREA))
                .isInstanceOf(org.springframework.context.NoSuchMessageException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.getMessage("missing", null, Locale.KOREA))
                .isInstanceOf(org.springframework.context.NoSuchMessageException.class);
    }
}

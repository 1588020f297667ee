package kr.innotrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import kr.innotrack.shared.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

class FormSubmissionTest {

    static class SampleForm {
        private String title;
        private Integer month;

        public String getTitle() {
            return title;
        }

        public Integer getMonth() {
            return month;
        }
    }

    private final FormSubmission submissions = new FormSubmission(new Messages(words()));
    private final SampleForm form = new SampleForm();
    private final BeanPropertyBindingResult binding = new BeanPropertyBindingResult(form, "form");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final AtomicInteger saves = new AtomicInteger();

    private static StaticMessageSource words() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("sample.month.outside", Messages.LOCALE, "{0}월은 계획 연도 밖입니다.");
        source.addMessage("sample.title.taken", Messages.LOCALE, "이미 있는 제목입니다.");
        source.addMessage("sample.whole", Messages.LOCALE, "전체 규칙");
        return source;
    }

    private FormSubmission.Steps steps() {
        return submissions.of(form, binding, new ExtendedModelMap(), response).page(() -> "form-page");
    }

    @Test
    void rulesAndBinderErrorsShowTogetherAndNothingIsSaved() {
        binding.rejectValue("title", "NotBlank", "제목을 입력하세요.");

        String view = steps()
                .check(() -> RejectedInput.collect()
                        .reject("month", "sample.month.outside", 13)
                        .reject(null, "sample.whole")
                        .throwIfAny())
                .save(saves::incrementAndGet)
                .then(() -> "redirect:/done");

        assertThat(view).isEqualTo("form-page");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(saves).hasValue(0);
        assertThat(binding.getFieldError("title").getDefaultMessage()).isEqualTo("제목을 입력하세요.");
        assertThat(binding.getFieldError("month").getDefaultMessage()).isEqualTo("13월은 계획 연도 밖입니다.");
        assertThat(binding.getGlobalError().getDefaultMessage()).isEqualTo("전체 규칙");
    }

    @Test
    void aFieldTheBinderMarkedKeepsTheBindersMessage() {
        binding.rejectValue("title", "NotBlank", "제목을 입력하세요.");

        steps().check(() -> {
            throw new RejectedInput("title", "sample.title.taken");
        }).save(saves::incrementAndGet).then(() -> "redirect:/done");

        assertThat(binding.getFieldErrors("title")).hasSize(1);
        assertThat(binding.getFieldError("title").getDefaultMessage()).isEqualTo("제목을 입력하세요.");
    }

    @Test
    void severalRejectionsFromTheSaveAllReachTheForm() {
        String view = steps().save(() -> RejectedInput.collect()
                        .reject("title", "sample.title.taken")
                        .reject("month", "sample.month.outside", 0)
                        .throwIfAny())
                .then(() -> "redirect:/done");

        assertThat(view).isEqualTo("form-page");
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(binding.getFieldErrorCount()).isEqualTo(2);
    }

    @Test
    void passingRulesLetTheSaveRun() {
        String view = steps().check(() -> RejectedInput.collect().throwIfAny())
                .save(saves::incrementAndGet)
                .then(() -> "redirect:/done");

        assertThat(view).isEqualTo("redirect:/done");
        assertThat(saves).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(200);
    }
}

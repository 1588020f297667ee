package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import kr.innotrack.shared.Messages;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UnreadableUploadFilterTest {

    private final UnreadableUploadFilter filter = new UnreadableUploadFilter(messages());

    private static Messages messages() {
        StaticMessageSource source = new StaticMessageSource();
        source.setUseCodeAsDefaultMessage(true);
        return new Messages(source);
    }

    private static MockHttpServletRequest upload() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/evidence/milestone/1");
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    @Test
    void aFileNameTheContainerRefusesIsA400InWordsNotA500() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(upload(), response, (req, res) -> {
            throw new IllegalStateException(new InvalidFileNameException("a\u0000.exe.pdf", "Invalid file name"));
        });
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("error.upload.badName")
                .doesNotContain("Invalid file name");
    }

    @Test
    void otherFailuresAndOtherRequestsPassThrough() {
        assertThatThrownBy(() -> filter.doFilter(upload(), new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException("a defect of ours");
        })).isInstanceOf(IllegalStateException.class).hasMessage("a defect of ours");
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/x");
        form.setContentType("application/x-www-form-urlencoded");
        assertThatThrownBy(() -> filter.doFilter(form, new MockHttpServletResponse(), (req, res) -> {
            throw new IllegalStateException(new InvalidFileNameException("a", "b"));
        })).isInstanceOf(IllegalStateException.class);
    }
}

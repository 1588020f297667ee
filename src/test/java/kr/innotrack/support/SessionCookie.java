package kr.innotrack.support;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session for MockMvc. Sessions live in the database (Spring Session JDBC): the app's session is the one
 * its cookie names, not MockMvc's {@code MockHttpSession}, which the app never sees. This keeps the cookie as a
 * browser does: sent with each request ({@code .with(cookie)}), replaced or cleared by what an answer sets
 * ({@code .andDo(cookie)}); {@link #perform} does both.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

    public static final String NAME = "JSESSIONID";

    private String value;

    /** The session an answer started (a sign-in), or an empty one when it set no cookie. */
    public static SessionCookie from(MvcResult result) {
        SessionCookie cookie = new SessionCookie();
        cookie.handle(result);
        return cookie;
    }

    /** True when the answer set a session cookie (a session was created or changed). */
    public static boolean setBy(MvcResult result) {
        return result.getResponse().getCookie(NAME) != null;
    }

    public MvcResult perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(this)).andDo(this).andReturn();
    }

    public String value() {
        return value;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (value != null) {
            List<Cookie> cookies = new ArrayList<>(request.getCookies() == null ? List.of() : Arrays.asList(request.getCookies()));
            cookies.removeIf(c -> NAME.equals(c.getName()));
            cookies.add(new Cookie(NAME, value));
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set != null) {
            value = set.getMaxAge() == 0 || set.getValue().isEmpty() ? null : set.getValue();
        }
    }
}

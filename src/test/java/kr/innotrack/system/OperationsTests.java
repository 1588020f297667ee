package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operations against the running server (docs/operations.md): the actuator only on the management port (random here)
 * and never on the main one; the management port's endpoints need an operator account by HTTP Basic (401 without,
 * 403 for other staff) except the liveness and readiness probes; readiness includes the database; info names the
 * version and the commit; Prometheus shows routes by their templates, the pool, the JVM, sessions and failed
 * sign-ins; every response carries a request id that the error page shows and the log lines carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "innotrack.scheduling.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
abstract class OperationsTests {

    static final String DEMO_PASSWORD = "innotrack-demo";
    private static final Pattern GENERATED_ID = Pattern.compile("[a-z2-9]{12}");

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> sessions;

    /** Two tabs of one session adding the same attribute at once (two saves' flash messages): both saves succeed. */
    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttribute() {
        saveTwice(sessions);
    }

    private static <S extends org.springframework.session.Session> void saveTwice(
            org.springframework.session.FindByIndexNameSessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        S first = repository.findById(created.getId());
        S second = repository.findById(created.getId());
        first.setAttribute("flash", "첫째 탭");
        second.setAttribute("flash", "둘째 탭");
        repository.save(first);
        repository.save(second);
        assertThat(repository.findById(created.getId()).<String>getAttribute("flash")).isEqualTo("둘째 탭");
        repository.deleteById(created.getId());
    }

    @Test
    void theMainPortHasNoActuatorForAnyone() throws Exception {
        assertThat(managementPort).as("a management server of its own").isPositive().isNotEqualTo(port);
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info", "/actuator/env"}) {
            assertThat(get(main(path), null).statusCode()).as(path).isEqualTo(404);
            assertThat(get(main(path), basic("operator", DEMO_PASSWORD)).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void withoutCredentialsOnlyTheProbesAnswer() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/health", "/actuator",
                "/actuator/env", "/actuator/beans"}) {
            HttpResponse<String> r = get(management(path), null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(r.headers().allValues("Set-Cookie")).as("no session on the management port").isEmpty();
        }
        HttpResponse<String> liveness = get(management("/actuator/health/liveness"), null);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"").doesNotContain("components");
        HttpResponse<String> readiness = get(management("/actuator/health/readiness"), null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"").doesNotContain("components").doesNotContain("db");
    }

    @Test
    void staffOtherThanTheOperatorAreRefusedAndAWrongPasswordIsNotLetIn() throws Exception {
        for (String staff : new String[] {"samcheok.admin", "samcheok.viewer"}) {
            assertThat(get(management("/actuator/prometheus"), basic(staff, DEMO_PASSWORD)).statusCode())
                    .as(staff).isEqualTo(403);
            assertThat(get(management("/actuator/info"), basic(staff, DEMO_PASSWORD)).statusCode())
                    .as(staff).isEqualTo(403);
        }
        assertThat(get(management("/actuator/prometheus"), basic("operator", "not-the-password")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theOperatorReadsHealthWithTheDatabaseInfoAndMetricsAndNothingElse() throws Exception {
        String operator = basic("operator", DEMO_PASSWORD);
        HttpResponse<String> readiness = get(management("/actuator/health/readiness"), operator);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("readinessState").contains("\"UP\"");
        HttpResponse<String> health = get(management("/actuator/health"), operator);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"").contains("livenessState");

        HttpResponse<String> info = get(management("/actuator/info"), operator);
        assertThat(info.statusCode()).isEqualTo(200);
        // build-info and git.properties come from the Maven build (spring-boot:build-info, git-commit-id)
        assertThat(info.body()).contains("\"build\"").contains("\"version\":\"0.1.0");
        if (Files.isDirectory(Path.of(".git"))) {
            assertThat(info.body()).contains("\"git\"").contains("\"commit\"");
        }
        assertThat(get(management("/actuator/prometheus"), operator).statusCode()).isEqualTo(200);
        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/shutdown", "/actuator/metrics"}) {
            assertThat(get(management(closed), operator).statusCode()).as(closed).isEqualTo(404);
        }
    }

    @Test
    void prometheusShowsRouteTemplatesPoolJvmSessionsAndFailedSignIns() throws Exception {
        String operator = basic("operator", DEMO_PASSWORD);
        double failuresBefore = value(get(management("/actuator/prometheus"), operator).body(),
                "innotrack_signin_failures_total");
        String slug = "ops-no-such-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(get(main("/public/" + slug), null).statusCode()).isEqualTo(404);
        failSignIn("ops-nobody-" + UUID.randomUUID().toString().substring(0, 8));

        String metrics = get(management("/actuator/prometheus"), operator).body();
        assertThat(value(metrics, "innotrack_signin_failures_total")).isEqualTo(failuresBefore + 1);
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/public/\\{slug}\"")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/login\"")
                .doesNotContain(slug)
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes")
                .containsPattern("(?m)^innotrack_sessions_active [0-9.]+$")
                .contains("tomcat_sessions_active_current")
                .contains("innotrack_signin_blocked_total");
    }

    @Test
    void everyResponseCarriesARequestIdThatTheErrorPageAndTheLogLinesShow(CapturedOutput output) throws Exception {
        HttpResponse<String> missing = page(main("/public/ops-missing-" + UUID.randomUUID()));
        assertThat(missing.statusCode()).isEqualTo(404);
        String id = missing.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches(GENERATED_ID);
        assertThat(missing.body()).contains("문의 시 요청 번호: " + id);

        HttpResponse<String> actuator = page(main("/actuator/health"));
        String other = actuator.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(other).matches(GENERATED_ID).isNotEqualTo(id);
        assertThat(actuator.body()).contains("문의 시 요청 번호: " + other);

        // from the trusted proxy (this host, server.tomcat.remoteip.internal-proxies) a sane id is kept, junk is not
        String traced = "ops-trace-" + UUID.randomUUID();
        assertThat(send(HttpRequest.newBuilder(main("/login")).header("X-Request-Id", traced).build())
                .headers().firstValue("X-Request-Id")).hasValue(traced);
        assertThat(send(HttpRequest.newBuilder(main("/login")).header("X-Request-Id", "bad id <script>").build())
                .headers().firstValue("X-Request-Id")).hasValueSatisfying(v -> assertThat(v).matches(GENERATED_ID));

        String typed = "ops-typed-" + UUID.randomUUID().toString().substring(0, 8);
        String signInId = failSignIn(typed);
        assertThat(output.getAll().lines().filter(line -> line.contains("[" + signInId + "]")))
                .as("the sign-in failure's log line carries its request id")
                .anySatisfy(line -> assertThat(line).contains("SIGN_IN_FAILURE"));
        assertThat(output.getAll()).as("the username as typed is not logged").doesNotContain(typed);
    }

    /** A failed sign-in through the form on the main port; returns the response's request id. */
    private String failSignIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> page = get(main("/login"), null);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> refused = send(HttpRequest.newBuilder(main("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=wrong-one&_csrf="
                        + csrf.group(1))).build());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        return refused.headers().firstValue("X-Request-Id").orElseThrow();
    }

    /** The value of an untagged Prometheus sample (0 when absent). */
    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? ([0-9.eE+-]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private URI main(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    /** As a browser asks: the HTML error page, not the JSON error body. */
    private HttpResponse<String> page(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innotrack.InnotrackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The running server as a proxy and an operator see it: the app on a real port with an H2 file database (as in the
 * embedded default). Forwarded headers from the trusted proxy (this host) make a request HTTPS: Secure session cookie
 * and HSTS, and the client address the proxy names. On shutdown a save already in flight finishes and is kept: the
 * web server drains before the database closes (server.shutdown=graceful, H2 with DB_CLOSE_ON_EXIT=FALSE).
 *
 * <p>The JVM-exit part (H2's own shutdown hook racing Spring's, which DB_CLOSE_ON_EXIT=FALSE removes) needs a separate
 * JVM and a SIGTERM; that is checked by hand as docs/deployment.md describes, and the setting itself is asserted here.
 */
class ServerConfigTest {

    private static final String TOKEN = "itk_server-config-test-token-0123456789abcdefghij";

    /** A save that takes a while: sleeps, then writes, inside a signed-in API request. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SlowSave {
        @Bean
        RouterFunction<ServerResponse> slowSave(JdbcTemplate jdbc) {
            return RouterFunctions.route().GET("/api/test/slow-save", request -> {
                Thread.sleep(1500);
                jdbc.update("update organization set full_name = '느린 저장 완료' where name = '삼척시'");
                return ServerResponse.ok().body("saved");
            }).build();
        }
    }

    @Test
    void theDefaultDatabaseClosesLastAndTheServerDrainsOnShutdown() throws Exception {
        Properties defaults = new Properties();
        defaults.load(new ClassPathResource("application.properties").getInputStream());
        assertThat(defaults.getProperty("spring.datasource.url")).contains("DB_CLOSE_ON_EXIT=FALSE");
        assertThat(defaults.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(defaults.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("30s");
        assertThat(defaults.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void behindTheTrustedProxyAndThroughAShutdown(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("innotrack").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
        ConfigurableApplicationContext app = new SpringApplicationBuilder(InnotrackApplication.class, SlowSave.class)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--innotrack.scheduling.enabled=false");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

        // HTTPS at the proxy: Secure cookie and HSTS; plain HTTP: neither.
        HttpResponse<String> secure = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(secure.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Secure"));
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                h -> assertThat(h).contains("max-age=31536000"));
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // The client address the proxy forwards is the one the sign-in throttle and the log see.
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(plain.body());
        assertThat(csrf.find()).isTrue();
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
                .header("X-Forwarded-For", "203.0.113.9").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=samcheok.viewer&password=wrong-one&_csrf="
                        + csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(jdbc.queryForList("select client_address from security_event where type = 'SIGN_IN_FAILURE'",
                String.class)).containsExactly("203.0.113.9");

        // A save in flight when the app is told to stop finishes, and is in the database afterwards.
        jdbc.update("insert into api_token (account_id, name, token_hash, token_prefix, scope, created_at, created_by,"
                + " expires_at) select id, 'test', ?, 'itk_server', 'READ', current_timestamp, 'test',"
                + " timestamp '2999-01-01 00:00:00' from account where username = 'samcheok.viewer'", sha256(TOKEN));
        CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
                        URI.create(base + "/api/test/slow-save")).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        app.close(); // what the shutdown hook does on SIGTERM: graceful web server stop, then the beans (the pool, H2)
        HttpResponse<String> answer = inFlight.get();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("saved");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select full_name from organization where name = '삼척시'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("느린 저장 완료");
        }
        assertThat(Files.exists(dir.resolve("innotrack.mv.db"))).isTrue();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}

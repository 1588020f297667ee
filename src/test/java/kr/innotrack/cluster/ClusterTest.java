package kr.innotrack.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kr.innotrack.InnotrackApplication;
import kr.innotrack.support.Postgres;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances on one PostgreSQL database, in one JVM on two random ports (issue 19; {@code bench/cluster.sh}
 * does the same with two processes behind nginx): a session signed in through A is signed in on B; an edit through B
 * is on A's page at once; ending a person's other sessions on B ends their session on A at its next request, and the
 * session B re-stamped goes on through A; the reminder job, fired by both schedulers at the same moment, runs once per
 * firing; after A is stopped its session still works on B. It also counts what a signed-in request costs in session
 * statements: A as configured (the last access time written at most once a minute), B with Spring Session's own
 * behaviour ({@code innotrack.session.touch-interval=0}: the session row written on every request).
 */
@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
class ClusterTest {

    /** Every lock attempt of both instances: which instance, which job, when, taken or not. */
    record Attempt(String instance, String lock, long at, boolean acquired) {
    }

    static final Queue<Attempt> ATTEMPTS = new ConcurrentLinkedQueue<>();

    /** A statement prepared through an instance's pool, and the thread that prepared it. */
    record Prepared(String thread, String sql) {
    }

    /** Per instance: every statement prepared through its pool. */
    static final Map<String, Queue<Prepared>> STATEMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Records each lock attempt and counts the statements an instance prepares. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        static BeanPostProcessor recordLocksAndStatements(Environment environment) {
            String instance = environment.getProperty("innotrack.instance-id", "?");
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof LockProvider locks) {
                        return (LockProvider) configuration -> {
                            Optional<SimpleLock> lock = locks.lock(configuration);
                            ATTEMPTS.add(new Attempt(instance, configuration.getName(), System.currentTimeMillis(),
                                    lock.isPresent()));
                            return lock;
                        };
                    }
                    if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                        return counting(dataSource, STATEMENTS.computeIfAbsent(instance, i -> new ConcurrentLinkedQueue<>()));
                    }
                    return bean;
                }
            };
        }

        private static DataSource counting(DataSource target, Queue<Prepared> statements) {
            InvocationHandler connections = (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                if (result instanceof Connection connection) {
                    return Proxy.newProxyInstance(ClusterTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a != null && a[0] instanceof String sql) {
                                    statements.add(new Prepared(Thread.currentThread().getName(), sql));
                                }
                                return invoke(connection, m, a);
                            });
                }
                return result;
            };
            return (DataSource) Proxy.newProxyInstance(ClusterTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    connections);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Test
    void twoInstancesShareSessionsSeeEachOthersEditsAndFireTheReminderJobOnce() throws Exception {
        String url = Postgres.freshDatabase("innotrack_cluster");
        ConfigurableApplicationContext a = start(url, "a", "PT1M");
        ConfigurableApplicationContext b = null;
        try {
            b = start(url, "b", "PT0S");
            String baseA = base(a);
            String baseB = base(b);
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);

            // ---- a session signed in through A is signed in on B
            Person officer = new Person();
            HttpResponse<String> signedIn = officer.signIn(baseA, "samcheok.chongmu");
            assertThat(signedIn.headers().firstValue("X-Innotrack-Instance")).hasValue("a");
            HttpResponse<String> onB = officer.get(baseB + "/account");
            assertThat(onB.statusCode()).isEqualTo(200);
            assertThat(onB.headers().firstValue("X-Innotrack-Instance")).hasValue("b");
            assertThat(onB.body()).contains("총무과 담당자");
            assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'samcheok.chongmu'",
                    Integer.class)).isEqualTo(1);

            // ---- an edit through B is on A's page at once
            long plan = jdbc.queryForObject("select p.id from plan p join organization o on o.id = p.organization_id"
                    + " where o.name = '삼척시' and p.plan_year = 2021", Long.class);
            long task = jdbc.queryForObject("select id from task where code = '다-1-1' and plan_id = ?", Long.class, plan);
            String taskPage = "/plans/" + plan + "/tasks/" + task;
            String form = officer.get(baseB + taskPage + "/edit").body();
            String officerName = "클러스터 담당자 " + (System.nanoTime() % 10000);
            HttpResponse<String> saved = officer.post(baseB + taskPage + "/edit", form, Map.of("version",
                    field(form, "version"), "officer", officerName, "phone", "033-570-3466"));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
            assertThat(officer.get(baseA + taskPage).body()).contains("<dd id=\"officer\">" + officerName + "</dd>");

            // ---- what a signed-in request costs in session statements: A writes the access time at most once a
            // minute, B (Spring Session's own way) on every request
            officer.get(baseA + "/notices");
            officer.get(baseB + "/notices");
            Cost costA = cost("a", () -> officer.get(baseA + "/notices"));
            Cost costB = cost("b", () -> officer.get(baseB + "/notices"));
            System.out.println("CLUSTER-COST signed-in GET /notices, per request (20 requests each): instance a "
                    + "(innotrack.session.touch-interval=PT1M): " + costA + "; instance b (touch-interval 0, Spring "
                    + "Session's default): " + costB);
            assertThat(costA.sessionReads()).isEqualTo(1.0);
            assertThat(costA.sessionWrites()).isZero();
            // Spring Session's own way: the row written on every request (and the session read again when a page was
            // sent before the request ended)
            assertThat(costB.sessionReads()).isGreaterThanOrEqualTo(1.0);
            assertThat(costB.sessionWrites()).isEqualTo(1.0);

            // ---- ending a person's other sessions on B ends the one on A; the session B re-stamped goes on through A
            Person viewerHere = new Person();
            Person viewerThere = new Person();
            viewerHere.signIn(baseA, "samcheok.viewer");
            viewerThere.signIn(baseB, "samcheok.viewer");
            String account = viewerThere.get(baseB + "/account").body();
            assertThat(viewerThere.post(baseB + "/account/sessions/end-others", account, Map.of()).statusCode()).isEqualTo(302);
            HttpResponse<String> ended = viewerHere.get(baseA + "/account");
            assertThat(ended.statusCode()).isEqualTo(302);
            assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
            assertThat(viewerThere.get(baseA + "/account").statusCode()).isEqualTo(200);
            assertThat(jdbc.queryForObject("select count(*) from security_event where type = 'SESSION_ENDED'"
                    + " and username = 'samcheok.viewer'", Integer.class)).isEqualTo(1);

            // ---- both schedulers fire the reminder job every 4 s at the same moment: one instance runs it
            waitForFirings(4);
            Map<Long, List<Attempt>> firings = firings();
            System.out.println("CLUSTER-JOB deadline-reminders firings (tick: attempts): " + firings);
            assertThat(firings.values()).allSatisfy(attempts ->
                    assertThat(attempts.stream().filter(Attempt::acquired).count()).as(attempts.toString()).isLessThanOrEqualTo(1));
            List<List<Attempt>> both = firings.values().stream()
                    .filter(attempts -> attempts.stream().map(Attempt::instance).distinct().count() == 2).toList();
            assertThat(both).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(attempts -> assertThat(attempts.stream().filter(Attempt::acquired).count()).isEqualTo(1));
            assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'deadline-reminders'", String.class))
                    .isIn("a", "b");

            // ---- A stops: its session goes on through B
            a.close();
            HttpResponse<String> afterA = officer.get(baseB + taskPage);
            assertThat(afterA.statusCode()).isEqualTo(200);
            assertThat(afterA.body()).contains("총무과 담당자").contains(officerName);
        } finally {
            a.close();
            if (b != null) {
                b.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, String instance, String touchInterval) {
        return new SpringApplicationBuilder(InnotrackApplication.class, Recording.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=" + Postgres.PASSWORD, "--innotrack.instance-id=" + instance,
                "--innotrack.session.touch-interval=" + touchInterval,
                "--innotrack.reminders.cron=*/4 * * * * *", "--innotrack.scheduling.lock-at-least=PT3S",
                "--innotrack.notice.digest-cron=-", "--innotrack.mail.purge-cron=-",
                "--innotrack.participation.retention-cron=-", "--spring.datasource.hikari.maximum-pool-size=5");
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** Waits until both instances have attempted the reminder job together at least {@code count} times. */
    private static void waitForFirings(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && firings().values().stream()
                .filter(f -> f.stream().map(Attempt::instance).distinct().count() == 2).count() < count) {
            Thread.sleep(500);
        }
    }

    /** The reminder job's attempts by the 4-second tick they belong to. */
    private static Map<Long, List<Attempt>> firings() {
        return ATTEMPTS.stream().filter(x -> x.lock().equals("deadline-reminders"))
                .collect(Collectors.groupingBy(x -> x.at() / 4000, java.util.TreeMap::new, Collectors.toList()));
    }

    record Cost(double sessionReads, double sessionWrites, double all) {
        @Override
        public String toString() {
            return "session SELECTs " + sessionReads + ", session row UPDATEs " + sessionWrites + ", all statements " + all;
        }
    }

    private static Cost cost(String instance, ThrowingRunnable request) throws Exception {
        Queue<Prepared> statements = STATEMENTS.get(instance);
        int n = 20;
        statements.clear();
        for (int i = 0; i < n; i++) {
            request.run();
        }
        // the requests' own statements: those of the web server's threads (not the scheduler's, not the cleanup's)
        List<String> seen = statements.stream().filter(s -> s.thread().startsWith("http-nio-")).map(Prepared::sql).toList();
        long reads = seen.stream().filter(s -> s.startsWith("SELECT") && s.contains("WHERE S.SESSION_ID = ?")).count();
        long writes = seen.stream().filter(s -> s.matches("(?s)UPDATE SPRING_SESSION\\s+SET.*")).count();
        long all = seen.size();
        return new Cost((double) reads / n, (double) writes / n, (double) all / n);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("field " + name).isTrue();
        return m.group(1);
    }

    /** One browser: its session cookie, sent to whichever instance it asks. */
    static final class Person {

        private static final Pattern COOKIE = Pattern.compile("^JSESSIONID=([^;]*)");
        private static final AtomicInteger ADDRESSES = new AtomicInteger();
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address = "10.99.0." + (ADDRESSES.incrementAndGet() % 250 + 1);
        private String session;

        HttpResponse<String> signIn(String base, String username) throws Exception {
            String login = get(base + "/login").body();
            HttpResponse<String> answer = post(base + "/login", login,
                    Map.of("username", username, "password", "innotrack-demo"));
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
            return answer;
        }

        HttpResponse<String> get(String url) throws Exception {
            return send(request(url).GET());
        }

        /** A form post with the CSRF token of the page it came from. */
        HttpResponse<String> post(String url, String page, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", field(page, "_csrf"));
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(url).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String url) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .header("X-Forwarded-For", address);
            return session == null ? builder : builder.header("Cookie", "JSESSIONID=" + session);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(cookie);
                if (m.find()) {
                    session = m.group(1).isEmpty() || cookie.contains("Max-Age=0") ? null : m.group(1);
                }
            }
            return answer;
        }
    }
}

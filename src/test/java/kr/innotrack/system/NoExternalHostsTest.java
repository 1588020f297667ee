package kr.innotrack.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innotrack.support.IntegrationTest;
import kr.innotrack.support.SignedIn;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Government intranets are often closed: no page may load anything from another host. Crawls every page reachable by
 * links from the plan list (as each organization's admin), plus the projector decks and the stylesheets and scripts
 * the pages load, and fails on any absolute URL to another host in src, href, action, a data attribute or CSS url().
 */
@IntegrationTest
class NoExternalHostsTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?:src|href|action|data-[a-z-]+|content)\\s*=\\s*\"((?:https?:)?//[^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?((?:https?:)?//[^)'\"]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#?]*(?:\\?[^\"#]*)?)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    CurrentUser admin(String username) {
        var a = jdbc.queryForMap("select id, organization_id, department_id from account where username = ?", username);
        return new CurrentUser(((Number) a.get("id")).longValue(), username, username,
                ((Number) a.get("organization_id")).longValue(),
                a.get("department_id") == null ? null : ((Number) a.get("department_id")).longValue(), Role.PLANNING_ADMIN);
    }

    @Test
    void noPageReferencesAnotherHost() throws Exception {
        List<String> offenders = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        for (String username : List.of("samcheok.admin", "junggu.admin", "incheon.admin")) {
            CurrentUser user = admin(username);
            Deque<String> queue = new ArrayDeque<>(List.of("/", "/notices", "/my/rounds", "/login"));
            jdbc.queryForList("select id from plan where organization_id = ?", Long.class, user.organizationId())
                    .forEach(id -> queue.add("/present/plans/" + id));
            int pages = 0;
            while (!queue.isEmpty() && pages < 150) {
                String path = queue.poll();
                if (!visited.add(username + path)) {
                    continue;
                }
                MvcResult result = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(SignedIn.as(user))).andReturn();
                String type = result.getResponse().getContentType();
                if (result.getResponse().getStatus() != 200 || type == null) {
                    continue;
                }
                pages++;
                String body = result.getResponse().getContentAsString();
                Pattern external = type.contains("css") ? CSS_URL : REFERENCE;
                Matcher m = external.matcher(body);
                while (m.find()) {
                    if (!m.group(1).matches("(?:https?:)?//(?:localhost|127\\.0\\.0\\.1)(?:[:/].*)?")) {
                        offenders.add(path + " → " + m.group(1));
                    }
                }
                if (type.contains("html")) {
                    Matcher link = LINK.matcher(body);
                    while (link.find()) {
                        String next = link.group(1).replace("&amp;", "&");
                        boolean asset = next.endsWith(".css") || next.endsWith(".js");
                        if ((asset && !next.startsWith("/webjars/")) || (!asset && !next.contains(".csv")
                                && !next.startsWith("/api/") && !next.startsWith("/webjars/") && !next.equals("/logout"))) {
                            queue.add(next);
                        }
                    }
                }
            }
        }
        assertThat(visited.size()).as("pages crawled").isGreaterThan(60);
        assertThat(visited).anyMatch(p -> p.contains("/present/")).anyMatch(p -> p.endsWith("app.css"))
                .anyMatch(p -> p.contains("/ranking")).anyMatch(p -> p.contains("/rounds")).anyMatch(p -> p.contains("/budget"));
        assertThat(offenders).isEmpty();
    }

    @Test
    void theGuardCatchesAnExternalReference() {
        Matcher m = REFERENCE.matcher("<script src=\"https://cdn.jsdelivr.net/npm/chart.js\"></script>"
                + "<link href=\"//fonts.googleapis.com/css\">");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("https://cdn.jsdelivr.net/npm/chart.js");
        assertThat(m.find()).isTrue();
        assertThat(CSS_URL.matcher("body { background: url('https://example.org/x.png') }").find()).isTrue();
    }
}

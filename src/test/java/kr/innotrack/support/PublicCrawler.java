package kr.innotrack.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * An anonymous reader of the public side: starting at {@code /public}, GETs every page reachable by same-site links
 * under {@code /public} (breadth first, no sign-in, no cookies carried, GET only, from one client address of the
 * documentation range so the per-address limit of other suites is not touched). Every public page of any module is
 * reached this way as long as some page links to it, so the leak tests of the other public pages reuse it after the
 * merge: crawl, then assert markers of private data appear in no page ({@link Crawl#pagesContaining}).
 */
public final class PublicCrawler {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    private PublicCrawler() {
    }

    /** One page read: its address, status, body and the response (headers, cookies). */
    public record Page(String path, int status, String body, MockHttpServletResponse response, boolean sessionCreated) {
    }

    /** Every page reached, in the order read. */
    public record Crawl(List<Page> pages) {

        public Set<String> paths() {
            Set<String> out = new LinkedHashSet<>();
            pages.forEach(p -> out.add(p.path()));
            return out;
        }

        /** The pages whose body contains this text (an empty list: the text shows nowhere). */
        public List<String> pagesContaining(String text) {
            return pages.stream().filter(p -> p.body().contains(text)).map(Page::path).toList();
        }

        public List<Page> notOk() {
            return pages.stream().filter(p -> p.status() != 200).toList();
        }
    }

    /** Crawls from {@code /public}, at most {@code maxPages} pages, as a reader at {@code clientAddress}. */
    public static Crawl crawl(MockMvc mvc, String clientAddress, int maxPages) throws Exception {
        return crawl(mvc, "/public", clientAddress, maxPages);
    }

    public static Crawl crawl(MockMvc mvc, String start, String clientAddress, int maxPages) throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Page> pages = new LinkedHashMap<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty() && pages.size() < maxPages) {
            String path = queue.poll();
            MvcResult result = mvc.perform(get(path).with(r -> {
                r.setRemoteAddr(clientAddress);
                return r;
            })).andReturn();
            MockHttpServletResponse response = result.getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            pages.put(path, new Page(path, response.getStatus(), body, response,
                    result.getRequest().getSession(false) != null || SessionCookie.setBy(result)));
            if (response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            Matcher m = HREF.matcher(body);
            while (m.find()) {
                String link = same(m.group(1));
                if (link != null && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        return new Crawl(new ArrayList<>(pages.values()));
    }

    /** The link as a path under /public on this site, or null (another site, another part, a fragment only). */
    private static String same(String href) {
        String link = href.replace("&amp;", "&");
        int hash = link.indexOf('#');
        if (hash >= 0) {
            link = link.substring(0, hash);
        }
        if (link.equals("/public") || link.startsWith("/public/") || link.startsWith("/public?")) {
            return link;
        }
        return null;
    }
}

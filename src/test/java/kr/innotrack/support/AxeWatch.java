package kr.innotrack.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on every HTML document a browser flow reaches, and keeps the
 * violations for the test's end ({@link #assertNoViolations()}).
 * <p>
 * The flows' driver is wrapped with {@link EventFiringDecorator}; around each call that can bring a new document
 * (get, navigate, click, submit, typing, actions) the listener asks the page whether it was checked already (a mark
 * left on {@code window}); only a new document is analysed, and only once per URL and title in a test. A document
 * that is not HTML (a CSV, a spreadsheet shown as text) is skipped. Checking before an interaction as well as after it
 * catches documents that finished loading after the call that led to them returned.
 */
public final class AxeWatch implements WebDriverListener {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String MARK = "__innotrackAxe";
    private static final String PROBE = "if (window." + MARK + ") return null; window." + MARK + " = true;"
            + " return [document.contentType || '', location.href, document.title || ''];";

    private final WebDriver raw;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> violations = new LinkedHashSet<>();
    private final Map<String, String> unanalysed = new LinkedHashMap<>();
    private boolean busy;
    private int documents;
    private long nanos;

    private AxeWatch(WebDriver raw) {
        this.raw = raw;
    }

    private static final Map<WebDriver, AxeWatch> WATCHES = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The driver the flows use: every call goes to {@code raw}, with axe run on each new document. */
    static WebDriver watch(WebDriver raw) {
        AxeWatch watch = new AxeWatch(raw);
        WebDriver decorated = new EventFiringDecorator<>(watch).decorate(raw);
        WATCHES.put(decorated, watch);
        return decorated;
    }

    /** The watch of a driver from {@link Browser#start}. */
    public static AxeWatch of(WebDriver driver) {
        AxeWatch watch = WATCHES.get(driver);
        if (watch == null) {
            throw new IllegalArgumentException("not a driver from Browser.start: " + driver);
        }
        return watch;
    }

    /** Forgets a driver that was quit. */
    public static void forget(WebDriver driver) {
        WATCHES.remove(driver);
    }

    /** Forgets the documents seen and violations found: each test reports its own. */
    public void reset() {
        seen.clear();
        violations.clear();
        unanalysed.clear();
        documents = 0;
        nanos = 0;
    }

    /**
     * Forgets which documents were analysed (keeping the violations found): the next visit of a page already checked
     * analyses it again, as a flow wants after changing the window's size.
     */
    public void checkAgain() {
        seen.clear();
    }

    /** Checks the current document (if new), then fails listing every violation found in this test. */
    public void assertNoViolations(String test) {
        check();
        if (documents > 0) {
            System.out.printf("axe: %s checked %d document(s) in %d ms%n", test, documents, nanos / 1_000_000);
        }
        unanalysed.forEach((page, error) -> violations.add("- axe could not analyse " + page + ": " + error));
        if (!violations.isEmpty()) {
            throw new AssertionError("axe (WCAG 2.1 A/AA) found " + violations.size() + " violation(s) in " + test
                    + ":\n" + String.join("\n", violations));
        }
    }

    /** Analyses the current document if it is HTML and not checked yet (by its mark, then by URL and title). */
    public void check() {
        if (busy) {
            return;
        }
        busy = true;
        try {
            analyse();
        } finally {
            busy = false;
        }
    }

    private void analyse() {
        List<?> facts;
        try {
            Object probe = ((JavascriptExecutor) raw).executeScript(PROBE);
            if (!(probe instanceof List<?> list)) {
                return;
            }
            facts = list;
        } catch (WebDriverException e) {
            return; // a page in the middle of loading, a closed window, an open dialog: the next call checks again
        }
        String type = String.valueOf(facts.get(0));
        String url = String.valueOf(facts.get(1));
        String key = url + " | " + facts.get(2);
        if (!type.contains("html") || !url.startsWith("http") || !seen.add(key)) {
            return;
        }
        Results results;
        long start = System.nanoTime();
        try {
            results = new AxeBuilder().setLegacyMode(true).withTags(TAGS).analyze(raw);
        } catch (RuntimeException e) {
            // A page that went while axe ran (a navigation) is tried again when it comes back; axe failing on a page
            // that is still there is reported at the test's end.
            seen.remove(key);
            if (stillThere()) {
                unanalysed.put(key, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
            return;
        } finally {
            nanos += System.nanoTime() - start;
        }
        unanalysed.remove(key);
        documents++;
        if (results.isErrored()) {
            violations.add("axe could not run on " + url + ": " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add("- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    at "
                        + node.getTarget() + " on " + url + "\n    " + node.getHtml()
                        + "\n    " + String.valueOf(node.getFailureSummary()).replace("\n", " "));
            }
        }
    }

    private boolean stillThere() {
        try {
            return Boolean.TRUE.equals(((JavascriptExecutor) raw).executeScript("return window." + MARK + " === true;"));
        } catch (WebDriverException e) {
            return false;
        }
    }

    @Override
    public void afterGet(WebDriver driver, String url) {
        check();
    }

    @Override
    public void beforeAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args) {
        check();
    }

    @Override
    public void afterAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args,
            Object result) {
        check();
    }

    @Override
    public void beforeClick(WebElement element) {
        check();
    }

    @Override
    public void afterClick(WebElement element) {
        check();
    }

    @Override
    public void beforeSubmit(WebElement element) {
        check();
    }

    @Override
    public void afterSubmit(WebElement element) {
        check();
    }

    @Override
    public void beforeSendKeys(WebElement element, CharSequence... keysToSend) {
        check();
    }

    @Override
    public void afterSendKeys(WebElement element, CharSequence... keysToSend) {
        check();
    }

    @Override
    public void beforePerform(WebDriver driver, java.util.Collection<org.openqa.selenium.interactions.Sequence> actions) {
        check();
    }

    @Override
    public void afterPerform(WebDriver driver, java.util.Collection<org.openqa.selenium.interactions.Sequence> actions) {
        check();
    }

    /** The documents of a test, for a flow that wants to know what was checked. */
    public List<String> seen() {
        return new ArrayList<>(seen);
    }
}

package kr.innotrack.document;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes a PDF from a print page (well-formed XHTML, e.g. a Thymeleaf print template): A4 landscape by the shared
 * stylesheet {@code classpath:/document/print.css} (margins, page numbers 「n / m」 at the bottom), every text in
 * NanumBarunGothic (regular and bold, embedded as subsets; {@link #FONT_RULE} sets every element in it, so no glyph falls
 * back to a built-in font that has no Hangul), the document title from the page's {@code <title>}.
 * Nothing is fetched from outside: the only addresses a page may use are {@code classpath:} resources under
 * {@code /document/} (relative ones resolve there); any other address (http, file, …) resolves to nothing.
 */
@Slf4j
@Component
public class PdfRenderer {

    /** The base every relative address in a print page resolves against. */
    public static final String BASE = "classpath:/document/";

    /**
     * The one family of every PDF. NanumBarunGothic rather than NanumGothic: NanumGothic maps U+0000–U+001F and the
     * no-break space to its space glyph, so PDFBox writes U+0000 for a space into the text layer (copying or searching
     * the PDF then finds no spaces); NanumBarunGothic maps the space alone, and has every Hangul syllable too.
     */
    public static final String FONT_FAMILY = "NanumBarunGothic";

    /**
     * Put first in every page's head: whatever family a page or an inline style asks for, the text is set in
     * NanumBarunGothic (a built-in PDF font such as Times has no Hangul and is not embedded).
     */
    static final String FONT_RULE = "* { font-family: " + FONT_FAMILY + " !important; }";

    /**
     * Characters XML 1.0 does not allow (control characters, lone surrogates): the text rule keeps them out of what
     * people type, but a PDF must not fail on an older record that has one.
     */
    private static final Pattern XML_ILLEGAL = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private static final String REGULAR = "/fonts/NanumBarunGothic.ttf";

    private static final String BOLD = "/fonts/NanumBarunGothicBold.ttf";

    /** Writes the PDF of the given XHTML to the stream (not closed). */
    public void write(String xhtml, OutputStream out) {
        Document document = parse(xhtml);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useUriResolver(PdfRenderer::resolve);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(BASE),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useProtocolsStreamImplementation(new ClasspathStreams(), "classpath");
        builder.useHttpStreamImplementation(uri -> {
            throw new IllegalStateException("print pages fetch nothing from the network: " + uri);
        });
        builder.withProducer("InnoTrack");
        builder.withW3cDocument(document, BASE);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where an address in a print page leads: {@code classpath:/document/…} (itself, or a relative address against
     * {@link #BASE}), or nowhere ({@code null}) for anything else, so nothing is fetched from a network or a file.
     */
    static String resolve(String base, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        String target;
        if (uri.startsWith("classpath:")) {
            target = uri;
        } else {
            URI parsed;
            try {
                parsed = URI.create(uri.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (parsed.isAbsolute() || parsed.getRawAuthority() != null || parsed.getRawPath() == null
                    || parsed.getRawPath().startsWith("/")) {
                log.debug("print page address refused: {}", uri);
                return null;
            }
            target = BASE + parsed.getRawPath();
        }
        String path = target.substring("classpath:".length());
        if (!path.startsWith("/document/") || path.contains("..") || path.contains("\\") || path.contains("%")) {
            log.debug("print page address refused: {}", uri);
            return null;
        }
        return target;
    }

    private static InputStream font(String path) {
        InputStream in = PdfRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + path);
        }
        return in;
    }

    /** The XHTML as a DOM, parsed without any DTD or external entity (the page is our own, but never trust a parser). */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            Document document = builder.parse(new InputSource(new StringReader(XML_ILLEGAL.matcher(xhtml).replaceAll(""))));
            withFontRule(document);
            return document;
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("print page is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static void withFontRule(Document document) {
        Element html = document.getDocumentElement();
        String ns = html.getNamespaceURI();
        NodeList heads = html.getElementsByTagNameNS("*", "head");
        Element head;
        if (heads.getLength() > 0) {
            head = (Element) heads.item(0);
        } else {
            head = document.createElementNS(ns, "head");
            html.insertBefore(head, html.getFirstChild());
        }
        Element style = document.createElementNS(ns, "style");
        style.setTextContent(FONT_RULE);
        head.insertBefore(style, head.getFirstChild());
    }

    /** Reads {@code classpath:/document/…} resources (the only addresses {@link #resolve} lets through). */
    private static final class ClasspathStreams implements FSStreamFactory {

        @Override
        public FSStream getUrl(String url) {
            String path = url.substring("classpath:".length());
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    InputStream in = PdfRenderer.class.getResourceAsStream(path);
                    return in == null ? new ByteArrayInputStream(new byte[0]) : in;
                }

                @Override
                public Reader getReader() {
                    return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
                }
            };
        }
    }
}

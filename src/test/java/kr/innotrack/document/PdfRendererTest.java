package kr.innotrack.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF writer on its own: Korean text in the embedded font, A4 landscape, page numbers, nothing fetched. */
class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void onlyClasspathResourcesUnderDocumentResolve() {
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "print.css")).isEqualTo("classpath:/document/print.css");
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "classpath:/document/print.css")).isEqualTo("classpath:/document/print.css");
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "http://example.com/a.css")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "https://example.com/a.png")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "//example.com/a.png")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "file:///etc/passwd")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "/etc/passwd")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "../application.properties")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "classpath:/application.properties")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "classpath:/document/../application.properties")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, "jar:file:/x.jar!/a")).isNull();
        assertThat(PdfRenderer.resolve(PdfRenderer.BASE, " ")).isNull();
    }

    @Test
    void writesKoreanInTheEmbeddedFontOnNumberedA4LandscapePagesAndFetchesNothing() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        String remote = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            String rows = "<tr><td>행 내용</td><td class=\"num\">1</td></tr>".repeat(80);
            String xhtml = """
                    <!DOCTYPE html>
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="ko"><head><meta charset="utf-8"/>
                    <title>점검 결과 보고 &amp; 시험</title>
                    <link rel="stylesheet" href="print.css"/>
                    <link rel="stylesheet" href="%1$s/remote.css"/>
                    <style>@import url("%1$s/import.css"); .x { background: url("%1$s/bg.png"); }</style>
                    </head><body>
                    <h1>분기 추진상황 점검 결과 보고</h1>
                    <p class="x"><b>굵은 글씨 가나다</b> 보통 글씨 ●▲■ · 2021-06-28 <span style="font-family: serif">명조 요청</span></p>
                    <img src="%1$s/photo.png" alt="사진"/>
                    <table><thead><tr><th>구분</th><th>건수</th></tr></thead><tbody>%2$s</tbody></table>
                    </body></html>
                    """.formatted(remote, rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.write(xhtml, out);

            assertThat(requests.get()).as("nothing fetched from the network").isZero();
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                assertThat(pdf.getNumberOfPages()).as("the long table goes on").isGreaterThan(1);
                assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("점검 결과 보고 & 시험");
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    PDPage page = pdf.getPage(i);
                    assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
                    assertThat(Math.round(page.getMediaBox().getWidth())).isEqualTo(842);
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.getName()).contains("NanumBarunGothic");
                        assertThat(font.isEmbedded()).isTrue();
                    }
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    String text = stripper.getText(pdf);
                    assertThat(text).containsPattern("(?m)^\\h*" + (i + 1) + " / " + pdf.getNumberOfPages() + "\\h*$");
                    if (i > 0) {
                        assertThat(text).as("the header row repeats on page " + (i + 1)).contains("구분 건수");
                    }
                }
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("분기 추진상황 점검 결과 보고", "굵은 글씨 가나다", "보통 글씨 ●▲■", "명조 요청")
                        .doesNotContain("\uFFFD");
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theShippedFontsMapTheSpaceAloneAndHaveEveryHangulSyllable() throws Exception {
        for (String path : new String[] {"/fonts/NanumBarunGothic.ttf", "/fonts/NanumBarunGothicBold.ttf"}) {
            try (var in = PdfRendererTest.class.getResourceAsStream(path)) {
                var font = new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
                var cmap = font.getUnicodeCmapLookup();
                assertThat(cmap.getCharCodes(cmap.getGlyphId(' '))).as(path + ": the text layer's spaces").containsExactly(32);
                for (int c = 0xAC00; c <= 0xD7A3; c++) {
                    assertThat(cmap.getGlyphId(c)).as(path + " U+" + Integer.toHexString(c)).isPositive();
                }
                "●▲■·→…「」".codePoints().forEach(c -> assertThat(cmap.getGlyphId(c)).as(path).isPositive());
                font.close();
            }
        }
        assertThat(PdfRendererTest.class.getResource("/fonts/OFL.txt")).isNotNull();
    }

    @Test
    void refusesAPageThatIsNotWellFormed() {
        assertThatThrownBy(() -> renderer.write("<html><body><p>닫지 않은 문단</body></html>", new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("well-formed");
        // a control character or a lone surrogate (not allowed in XML) is left out, not a failure
        ByteArrayOutputStream control = new ByteArrayOutputStream();
        renderer.write("<html><body><p>제어\u000B문자\uD800</p></body></html>", control);
        assertThat(control.size()).isPositive();
                // an entity naming a file is never read
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.write("""
                <!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>앞&x;뒤</p></body></html>""", out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("앞").doesNotContain("root:");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDownloadNameHasAnAsciiFallbackAndTheKoreanNameAsRfc5987() {
        assertThat(FileDownload.contentDisposition("round-report-7.pdf", "2021년 2분기 점검 결과 보고.pdf"))
                .isEqualTo("attachment; filename=\"round-report-7.pdf\"; filename*=UTF-8''"
                        + "2021%EB%85%84%202%EB%B6%84%EA%B8%B0%20%EC%A0%90%EA%B2%80%20%EA%B2%B0%EA%B3%BC%20%EB%B3%B4%EA%B3%A0.pdf");
        assertThat(FileDownload.contentDisposition("a b\"c.pdf", "../x/y\r\n.pdf"))
                .isEqualTo("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''..%20x%20y%20.pdf");
    }
}

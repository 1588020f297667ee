package kr.innotrack.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a 한글 document as a download: {@code application/hwp+zip}, an attachment whose name is the Korean title
 * (RFC 5987 {@code filename*}) with an ASCII name for old clients, never sniffed, never cached.
 */
public final class HwpxDownload {

    private HwpxDownload() {
    }

    /**
     * @param asciiName the fallback name, ASCII only (e.g. {@code round-report-12.hwpx})
     * @param koreanName the name a person sees (e.g. {@code 2021년 2분기 추진상황 점검 결과 보고.hwpx})
     */
    public static void send(HttpServletResponse response, String asciiName, String koreanName, byte[] bytes)
            throws IOException {
        response.setContentType(HwpxWriter.MIME_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName, koreanName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** {@code attachment; filename="ascii.hwpx"; filename*=UTF-8''%EA%B2%B0…}. */
    static String contentDisposition(String asciiName, String koreanName) {
        String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = ContentDisposition.attachment().filename(safe(koreanName), StandardCharsets.UTF_8).build()
                .toString();
        String star = encoded.substring(encoded.indexOf("filename*="));
        return "attachment; filename=\"" + ascii + "\"; " + star;
    }

    /** A name without path separators, control characters or quotes. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").trim();
        return cleaned.isEmpty() ? "document.hwpx" : cleaned;
    }
}

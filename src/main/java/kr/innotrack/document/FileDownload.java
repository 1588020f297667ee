package kr.innotrack.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The headers of a file handed to the browser to keep: its type, {@code attachment} with an ASCII name for old
 * clients and the Korean name as RFC 5987 {@code filename*=UTF-8''…}, {@code nosniff}, and never cached on the way.
 */
public final class FileDownload {

    private FileDownload() {
    }

    /** Sets the headers on the response before its body is written. */
    public static void prepare(HttpServletResponse response, MediaType type, String asciiName, String name) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName, name));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''%EC%A0%90…}. */
    static String contentDisposition(String asciiName, String name) {
        String ascii = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
        return ContentDisposition.attachment().filename(ascii).build() + "; filename*=UTF-8''" + rfc5987(fileName(name));
    }

    /** The name without characters no file system takes (path separators, control characters, quotes). */
    static String fileName(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}\\\\/:*?\"<>|]", " ").replaceAll("\\s+", " ").strip();
        return clean.isEmpty() ? "download" : clean;
    }

    private static String rfc5987(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}

package kr.innotrack.document;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a file leaves the app as a download, whatever its format (.xlsx, .hwpx, .pdf, evidence files): the
 * content type given, {@code Content-Disposition: attachment} with an ASCII {@code filename} for old clients and the
 * Korean name as RFC 5987 {@code filename*=UTF-8''…}, {@code X-Content-Type-Options: nosniff} and
 * {@code Cache-Control: private, no-store} (the files hold an organization's own data). Small files go out whole
 * ({@link #of}); files written straight to the response (PDF) get the same headers first ({@link #prepare}).
 */
public final class FileDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileDownload() {
    }

    /**
     * A download of {@code content}.
     *
     * @param asciiName the fallback name: anything but ASCII letters, digits, {@code .}, {@code _} and {@code -}
     *                  becomes {@code _}
     * @param name      the name a person sees (Korean allowed)
     */
    public static ResponseEntity<byte[]> of(MediaType type, String asciiName, String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName, name))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    /** An .xlsx download. */
    public static ResponseEntity<byte[]> xlsx(String asciiName, String name, byte[] content) {
        return of(XLSX, asciiName, name, content);
    }

    /** Sets the same headers on a response whose body is written afterwards (streamed). */
    public static void prepare(HttpServletResponse response, MediaType type, String asciiName, String name) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(asciiName, name));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** Sends a file already made (a 한글 document): the headers, then its bytes. */
    public static void send(HttpServletResponse response, MediaType type, String asciiName, String name, byte[] content)
            throws java.io.IOException {
        prepare(response, type, asciiName, name);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
        response.flushBuffer();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''%EC%A0%90…}: both, so every client finds a name. */
    static String contentDisposition(String asciiName, String name) {
        String ascii = ascii(asciiName);
        return ContentDisposition.attachment().filename(ascii).build() + "; filename*=UTF-8''"
                + rfc5987(fileName(name == null || name.isBlank() ? ascii : name));
    }

    static String ascii(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
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

package kr.innotrack.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a file leaves the app as a download, whatever its format (.xlsx now; .hwpx, .pdf and evidence files
 * may adopt it): the content type given, {@code Content-Disposition: attachment} with an ASCII {@code filename} for
 * old clients and the Korean name as RFC 5987 {@code filename*=UTF-8''…}, {@code X-Content-Type-Options: nosniff}
 * and {@code Cache-Control: private, no-store} (the files hold an organization's own data).
 */
public final class FileDownload {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private FileDownload() {
    }

    /**
     * A download of {@code content}.
     *
     * @param asciiName the fallback name: anything outside printable ASCII, quotes and backslashes become {@code _}
     * @param name      the name a person sees (Korean allowed); the same as {@code asciiName} if null
     */
    public static ResponseEntity<byte[]> of(MediaType type, String asciiName, String name, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(asciiName, name))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    /** An .xlsx download. */
    public static ResponseEntity<byte[]> xlsx(String asciiName, String name, byte[] content) {
        return of(XLSX, asciiName, name, content);
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''…}: both, so every client finds a name it can read. */
    static String disposition(String asciiName, String name) {
        String ascii = ascii(asciiName);
        String header = ContentDisposition.attachment().filename(ascii).build().toString();
        String full = name == null || name.isBlank() ? ascii : name.replaceAll("[\\p{Cntrl}/\\\\]", "_");
        String utf8 = ContentDisposition.attachment().filename(full, StandardCharsets.UTF_8).build().toString();
        int star = utf8.indexOf("filename*=");
        return star < 0 ? header : header + "; " + utf8.substring(star);
    }

    static String ascii(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' ? c : '_');
        }
        return b.toString();
    }
}

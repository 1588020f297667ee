package kr.innotrack.evidence;

import java.util.Locale;
import java.util.Set;
import kr.innotrack.shared.text.TextInput;
import kr.innotrack.shared.web.RejectedInput;

/**
 * The name a file is kept under: only the base name a person gave it (whatever path their browser or a crafted
 * request sent is dropped: {@code ../../a.pdf}, {@code C:\a\b.pdf} → {@code a.pdf}, {@code b.pdf}), cleaned by the one
 * text rule ({@link TextInput}: NFC, no control or bidi characters), without the characters file systems refuse,
 * without leading dots, at most {@link #MAX_LENGTH} characters with its extension kept. A name with two extensions
 * ({@code 보고서.pdf.exe}, {@code 사진.exe.jpg}) is refused: it is how a program passes for a document. The stored name
 * is shown and sent back on download only; files are stored under a random id.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    static final String FIELD = "file";

    /** Extensions that must not hide inside a name (programs, scripts, pages) besides the accepted ones. */
    private static final Set<String> SUSPICIOUS = Set.of("exe", "com", "bat", "cmd", "scr", "pif", "msi", "dll", "js",
            "jse", "vbs", "vbe", "wsf", "ps1", "sh", "jar", "app", "lnk", "hta", "htm", "html", "xhtml", "svg", "php",
            "jsp", "asp", "aspx", "cgi", "pl", "py", "reg", "iso", "zip", "pdf", "hwp", "hwpx", "xlsx", "xls", "docx",
            "doc", "pptx", "ppt", "jpg", "jpeg", "png", "gif", "txt");

    private FileNames() {
    }

    /** A cleaned name with an accepted extension, or {@link RejectedInput} on the file field. */
    record Name(String value, String extension, FileKind kind) {
    }

    static Name clean(String raw) {
        if (raw == null) {
            throw new RejectedInput(FIELD, "evidence.file.noName");
        }
        String s = raw;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (cut >= 0) {
            s = s.substring(cut + 1);
        }
        if (s.indexOf(':') >= 0) { // a drive (C:a.pdf) or an alternate data stream (a.pdf:x)
            s = s.substring(s.lastIndexOf(':') + 1);
        }
        s = TextInput.clean(s, false);
        if (s == null) {
            throw new RejectedInput(FIELD, "evidence.file.noName");
        }
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint("<>:\"/\\|?*".indexOf(c) >= 0 ? '_' : c));
        s = out.toString().strip();
        while (s.startsWith(".") || s.startsWith(" ")) {
            s = s.substring(1);
        }
        while (s.endsWith(".") || s.endsWith(" ")) {
            s = s.substring(0, s.length() - 1);
        }
        int dot = s.lastIndexOf('.');
        if (s.isEmpty() || dot <= 0 || dot == s.length() - 1) {
            throw new RejectedInput(FIELD, "evidence.file.noExtension", FileKind.accept());
        }
        String extension = s.substring(dot + 1).toLowerCase(Locale.ROOT);
        String stem = s.substring(0, dot).strip();
        FileKind kind = FileKind.ofExtension(extension)
                .orElseThrow(() -> new RejectedInput(FIELD, "evidence.file.extension", extension, FileKind.accept()));
        // every dotted part of the stem, not only the last: 「a.exe..pdf」 and 「a.exe. .pdf」 hide the same program
        for (String part : stem.split("\\.")) {
            if (!part.equals(stem) && SUSPICIOUS.contains(part.strip().toLowerCase(Locale.ROOT))) {
                throw new RejectedInput(FIELD, "evidence.file.doubleExtension");
            }
        }
        String tail = "." + extension;
        if (stem.length() + tail.length() > MAX_LENGTH) {
            int keep = MAX_LENGTH - tail.length();
            // never cut a surrogate pair in half
            if (Character.isHighSurrogate(stem.charAt(keep - 1))) {
                keep--;
            }
            stem = stem.substring(0, keep).strip();
        }
        if (stem.isEmpty()) {
            throw new RejectedInput(FIELD, "evidence.file.noName");
        }
        return new Name(stem + tail, extension, kind);
    }
}

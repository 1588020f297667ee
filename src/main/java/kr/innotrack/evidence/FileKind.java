package kr.innotrack.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file evidence may be, each with the extensions its name may end in and the type it is served as. */
public enum FileKind {
    PDF("PDF", "application/pdf", "pdf"),
    HWP("HWP", "application/x-hwp", "hwp"),
    HWPX("HWPX", "application/hwp+zip", "hwpx"),
    XLSX("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    XLS("XLS", "application/vnd.ms-excel", "xls"),
    DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    JPEG("JPG", "image/jpeg", "jpg", "jpeg"),
    PNG("PNG", "image/png", "png");

    private final String label;
    private final String contentType;
    private final List<String> extensions;

    FileKind(String label, String contentType, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    public boolean image() {
        return this == JPEG || this == PNG;
    }

    static Optional<FileKind> ofExtension(String extension) {
        String e = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(e)).findFirst();
    }

    /** The accepted extensions, for the form's hint and {@code accept}. */
    static String accept() {
        return String.join(",", Arrays.stream(values()).flatMap(k -> k.extensions.stream()).map(e -> "." + e).toList());
    }
}

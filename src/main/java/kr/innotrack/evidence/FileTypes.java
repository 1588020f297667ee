package kr.innotrack.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.innotrack.shared.web.RejectedInput;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * What a file is, judged from its content, never from its name: Apache Tika names the container (PDF, PNG, JPEG, a zip
 * package, an OLE2 compound file); inside a zip package the parts decide (OOXML {@code word/}, {@code xl/},
 * {@code ppt/}; HWPX: a {@code mimetype} entry saying {@code application/hwp+zip}), inside an OLE2 file its streams
 * (HWP 5: {@code FileHeader} and {@code BodyText}; XLS: {@code Workbook} or {@code Book}). The name's extension must
 * then agree with the content: a program renamed to {@code .pdf} or a photo renamed to {@code .xlsx} is refused.
 */
final class FileTypes {

    private static final Tika TIKA = new Tika();
    private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-zip-compressed", "application/hwp+zip", "application/java-archive");
    private static final Set<String> OLE2 = Set.of("application/x-tika-msoffice", "application/vnd.ms-excel",
            "application/x-hwp", "application/x-hwp-v5", "application/msword", "application/vnd.ms-powerpoint",
            "application/x-tika-msoffice-embedded");
    private static final int MAX_ZIP_ENTRIES = 20_000;

    private FileTypes() {
    }

    /** The file's kind, which the name's extension must match; otherwise {@link RejectedInput} on the file field. */
    static FileKind check(Path content, FileNames.Name name) {
        FileKind found = detect(content);
        if (found != name.kind()) {
            throw found == null
                    ? new RejectedInput(FileNames.FIELD, "evidence.file.unknownContent", name.kind().label())
                    : new RejectedInput(FileNames.FIELD, "evidence.file.wrongContent", name.kind().label(), found.label());
        }
        return found;
    }

    /** The kind the content is, or null when it is none of the accepted kinds. */
    static FileKind detect(Path content) {
        String type;
        try (InputStream in = Files.newInputStream(content)) {
            type = TIKA.detect(in);
        } catch (IOException e) {
            return null;
        }
        return switch (type) {
            case "application/pdf" -> FileKind.PDF;
            case "image/png" -> FileKind.PNG;
            case "image/jpeg" -> FileKind.JPEG;
            default -> ZIP.contains(type) || type.endsWith("+zip") || type.startsWith("application/vnd.openxmlformats")
                    ? insideZip(content)
                    : OLE2.contains(type) ? insideOle2(content) : null;
        };
    }

    private static FileKind insideZip(Path content) {
        try (ZipFile zip = new ZipFile(content.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 100) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if ("application/hwp+zip".equals(declared)) {
                        return FileKind.HWPX;
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return null;
            }
            boolean word = false;
            boolean xl = false;
            boolean ppt = false;
            int n = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements() && n++ < MAX_ZIP_ENTRIES; ) {
                String entry = e.nextElement().getName();
                word |= entry.startsWith("word/");
                xl |= entry.startsWith("xl/");
                ppt |= entry.startsWith("ppt/");
            }
            int parts = (word ? 1 : 0) + (xl ? 1 : 0) + (ppt ? 1 : 0);
            if (parts != 1) {
                return null;
            }
            return word ? FileKind.DOCX : xl ? FileKind.XLSX : FileKind.PPTX;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static FileKind insideOle2(Path content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(content.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("FileHeader") && root.hasEntryCaseInsensitive("BodyText")) {
                return FileKind.HWP;
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return FileKind.XLS;
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}

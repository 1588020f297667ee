package kr.innotrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kr.innotrack.shared.web.RejectedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content type check (Tika + the insides of zip and OLE2 files) and the name rule, on tiny real files. */
class FileChecksTest {

    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        Path p = Files.createTempFile(dir, "f", ".bin");
        Files.write(p, content);
        return p;
    }

    @Test
    void everyAcceptedKindIsRecognisedFromItsContent() throws IOException {
        Map<String, byte[]> samples = new java.util.LinkedHashMap<>();
        samples.put("결과.pdf", EvidenceSamples.pdf());
        samples.put("결과.hwp", EvidenceSamples.hwp());
        samples.put("결과.hwpx", EvidenceSamples.hwpx());
        samples.put("실적.xlsx", EvidenceSamples.xlsx());
        samples.put("실적.xls", EvidenceSamples.xls());
        samples.put("보고.docx", EvidenceSamples.docx());
        samples.put("발표.pptx", EvidenceSamples.pptx());
        samples.put("사진.jpg", EvidenceSamples.jpg());
        samples.put("사진.JPEG", EvidenceSamples.jpg());
        samples.put("사진.png", EvidenceSamples.png());
        for (var e : samples.entrySet()) {
            FileNames.Name name = FileNames.clean(e.getKey());
            assertThat(FileTypes.check(file(e.getValue()), name)).as(e.getKey()).isEqualTo(name.kind());
        }
    }

    @Test
    void contentDecidesNotTheName() throws IOException {
        // a program, a photo and a spreadsheet named as something else
        assertRejected(() -> FileTypes.check(file(EvidenceSamples.exe()), FileNames.clean("보고서.pdf")), "evidence.file.unknownContent");
        assertRejected(() -> FileTypes.check(file(EvidenceSamples.png()), FileNames.clean("실적.xlsx")), "evidence.file.wrongContent");
        assertRejected(() -> FileTypes.check(file(EvidenceSamples.xlsx()), FileNames.clean("보고.docx")), "evidence.file.wrongContent");
        assertRejected(() -> FileTypes.check(file(EvidenceSamples.xls()), FileNames.clean("문서.hwp")), "evidence.file.wrongContent");
        assertRejected(() -> FileTypes.check(file(EvidenceSamples.jpg()), FileNames.clean("사진.png")), "evidence.file.wrongContent");
        assertRejected(() -> FileTypes.check(file("<html><script>alert(1)</script></html>".getBytes()),
                FileNames.clean("page.pdf")), "evidence.file.unknownContent");
        // a plain zip is no OOXML and no HWPX
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            z.write("x".getBytes());
        }
        assertRejected(() -> FileTypes.check(file(zip.toByteArray()), FileNames.clean("문서.docx")),
                "evidence.file.unknownContent");
    }

    @Test
    void namesKeepOnlyTheirBaseNameCleaned() {
        assertThat(FileNames.clean("../../a.pdf").value()).isEqualTo("a.pdf");
        assertThat(FileNames.clean("C:\\a\\b.pdf").value()).isEqualTo("b.pdf");
        assertThat(FileNames.clean("/etc/passwd/../x.hwp").value()).isEqualTo("x.hwp");
        assertThat(FileNames.clean("C:b.pdf").value()).isEqualTo("b.pdf");
        assertThat(FileNames.clean("..결과.pdf").value()).isEqualTo("결과.pdf");
        // NFC: jamo typed apart become the syllables; control and bidi characters go
        assertThat(FileNames.clean("\u1100\u1161\u11A8.pdf").value()).isEqualTo("각.pdf");
        assertThat(FileNames.clean("보고\u202Eabc\u0000\u200B.pdf").value()).isEqualTo("보고abc.pdf");
        assertRejected(() -> FileNames.clean("보고\u202Efdp.exe.pdf"), "evidence.file.doubleExtension");
        assertThat(FileNames.clean("a<b>|c?.pdf").value()).isEqualTo("a_b__c_.pdf");
        String longName = "가".repeat(300) + ".xlsx";
        FileNames.Name n = FileNames.clean(longName);
        assertThat(n.value()).hasSize(FileNames.MAX_LENGTH).endsWith(".xlsx");
        assertThat(FileNames.clean("사진.JPG").kind()).isEqualTo(FileKind.JPEG);
    }

    @Test
    void namesThatHideOrLackAKindAreRefused() {
        assertRejected(() -> FileNames.clean("x.pdf.exe"), "evidence.file.extension");
        assertRejected(() -> FileNames.clean("invoice.exe.pdf"), "evidence.file.doubleExtension");
        assertRejected(() -> FileNames.clean("a.exe..pdf"), "evidence.file.doubleExtension");
        assertRejected(() -> FileNames.clean("a.exe. .pdf"), "evidence.file.doubleExtension");
        assertThat(FileNames.clean("2021.03. 결과보고.pdf").value()).isEqualTo("2021.03. 결과보고.pdf");
        assertRejected(() -> FileNames.clean("report.pdf.xlsx"), "evidence.file.doubleExtension");
        assertRejected(() -> FileNames.clean("page.svg"), "evidence.file.extension");
        assertRejected(() -> FileNames.clean("page.html"), "evidence.file.extension");
        assertRejected(() -> FileNames.clean("README"), "evidence.file.noExtension");
        assertRejected(() -> FileNames.clean(".pdf"), "evidence.file.noExtension");
        assertRejected(() -> FileNames.clean("../../"), "evidence.file.noName");
        assertRejected(() -> FileNames.clean("\u200B\u202E"), "evidence.file.noName");
        assertThat(FileNames.clean("2021.3분기 실적.pdf").value()).isEqualTo("2021.3분기 실적.pdf");
    }

    @Test
    void photosGetSmallThumbnailsAndOtherFilesNone() throws IOException {
        Thumbnails.Thumbnail jpg = Thumbnails.of(file(EvidenceSamples.jpg()), FileKind.JPEG);
        assertThat(jpg.contentType()).isEqualTo("image/jpeg");
        java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpg.content()));
        assertThat(Math.max(read.getWidth(), read.getHeight())).isEqualTo(Thumbnails.MAX);
        assertThat(Thumbnails.of(file(EvidenceSamples.png()), FileKind.PNG).contentType()).isEqualTo("image/png");
        assertThat(Thumbnails.of(file(EvidenceSamples.pdf()), FileKind.PDF)).isNull();
        assertThat(Thumbnails.of(file(EvidenceSamples.exe()), FileKind.PNG)).isNull();
    }

    @Test
    void downloadNamesAreSafeInTheHeader() {
        assertThat(EvidenceController.disposition("결과 보고서.pdf", 7L))
                .isEqualTo("attachment; filename=\"evidence-7.pdf\"; filename*=UTF-8''%EA%B2%B0%EA%B3%BC%20%EB%B3%B4%EA%B3%A0%EC%84%9C.pdf");
        assertThat(EvidenceController.disposition("report \"q3\".pdf", 7L))
                .startsWith("attachment; filename=\"report _q3_.pdf\"; filename*=UTF-8''report%20%22q3%22.pdf");
        assertThat(AttachmentView.size(1)).isEqualTo("1 KB");
        assertThat(AttachmentView.size(1536 * 1024)).isEqualTo("1.5 MB");
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RejectedInput.class)
                .satisfies(e -> assertThat(((RejectedInput) e).messageKey()).isEqualTo(key));
    }
}

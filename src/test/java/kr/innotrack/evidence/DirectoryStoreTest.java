package kr.innotrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import kr.innotrack.history.ChangeHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory store: a file named by the random key (never the person's name) that reads back the same bytes. */
class DirectoryStoreTest {

    @TempDir
    Path dir;

    @Test
    void roundTrip() throws Exception {
        DirectoryStore store = new DirectoryStore(dir.resolve("evidence"));
        byte[] pdf = EvidenceSamples.pdf();
        Path upload = Files.write(dir.resolve("upload.tmp"), pdf);
        Owner owner = new Owner(OwnerKind.MILESTONE, 1L, 1L, "과제", "/plans/1/tasks/1", true, true, false,
                new ChangeHistory.Subject(1L, 1L, null, "MILESTONE", 1L, "추진일정"));
        String key = java.util.UUID.randomUUID().toString().replace("-", "");
        Attachment a = new Attachment(owner, "../결과보고서.pdf", FileKind.PDF, pdf.length, "0".repeat(64),
                Attachment.Storage.DIRECTORY, key, 0, null, "gijo", "담당자", LocalDateTime.now());
        store.write(a, upload);
        assertThat(store.fileOf(a)).exists().hasFileName(key + ".bin");
        try (var files = Files.list(dir.resolve("evidence"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(key + ".bin");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copyTo(a, out);
        assertThat(out.toByteArray()).isEqualTo(pdf);
        store.remove(a); // no transaction: at once
        assertThat(store.fileOf(a)).doesNotExist();
    }
}

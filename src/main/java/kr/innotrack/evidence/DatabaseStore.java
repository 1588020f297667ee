package kr.innotrack.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Contents in the database, in rows of {@link #CHUNK} bytes ({@code evidence_chunk}), so a download reads one row at a
 * time and the embedded default needs nothing but its database file.
 */
@Component
@RequiredArgsConstructor
class DatabaseStore implements ContentStore {

    static final int CHUNK = 1024 * 1024;

    private final ChunkRepository chunks;

    @Override
    public Attachment.Storage kind() {
        return Attachment.Storage.DATABASE;
    }

    @Override
    public void write(Attachment attachment, Path content) throws IOException {
        try (InputStream in = Files.newInputStream(content)) {
            int seq = 0;
            byte[] piece;
            while ((piece = in.readNBytes(CHUNK)).length > 0) {
                chunks.save(new EvidenceChunk(attachment.getId(), seq++, piece));
                chunks.flush();
            }
        }
    }

    @Override
    public void copyTo(Attachment attachment, OutputStream out) throws IOException {
        for (int seq = 0; seq < attachment.getChunkCount(); seq++) {
            byte[] data = chunks.data(attachment.getId(), seq);
            if (data == null) {
                throw new IOException("evidence chunk missing: " + attachment.getId() + "/" + seq);
            }
            out.write(data);
        }
    }

    @Override
    public void remove(Attachment attachment) {
        chunks.deleteOf(attachment.getId());
    }
}

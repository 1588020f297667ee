package kr.innotrack.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contents as files in a directory ({@code innotrack.evidence.directory}), for production: each named by the
 * attachment's random storage key ({@code 3f2a….bin}), never by the person's file name. A file written in a
 * transaction that rolls back is deleted again; a removed attachment's file is deleted once the removal commits.
 */
@Component
@Slf4j
class DirectoryStore implements ContentStore {

    private final Path directory;

    DirectoryStore(@Value("${innotrack.evidence.directory:./data/evidence}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    @Override
    public Attachment.Storage kind() {
        return Attachment.Storage.DIRECTORY;
    }

    Path fileOf(Attachment attachment) {
        String key = attachment.getStorageKey();
        if (key == null || !key.matches("[0-9a-f]{32}")) {
            throw new IllegalStateException("bad storage key");
        }
        return directory.resolve(key + ".bin");
    }

    @Override
    public void write(Attachment attachment, Path content) throws IOException {
        Files.createDirectories(directory);
        Path target = fileOf(attachment);
        Path partial = directory.resolve(attachment.getStorageKey() + ".part");
        Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        afterCompletion(false, () -> delete(target));
    }

    @Override
    public void copyTo(Attachment attachment, OutputStream out) throws IOException {
        Files.copy(fileOf(attachment), out);
    }

    @Override
    public void remove(Attachment attachment) {
        Path file = fileOf(attachment);
        afterCompletion(true, () -> delete(file));
    }

    /** Runs {@code action} when the transaction commits ({@code onCommit}) or rolls back; at once without one. */
    private static void afterCompletion(boolean onCommit, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (onCommit) {
                action.run();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == onCommit) {
                    action.run();
                }
            }
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("evidence file not deleted: {}", file.getFileName(), e);
        }
    }

}

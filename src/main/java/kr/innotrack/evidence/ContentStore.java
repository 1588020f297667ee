package kr.innotrack.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where files' contents are kept: the database ({@link DatabaseStore}, the default) or a directory ({@link DirectoryStore}). */
interface ContentStore {

    Attachment.Storage kind();

    /** Keeps the content of a saved attachment (in the caller's transaction; undone if it rolls back). */
    void write(Attachment attachment, Path content) throws IOException;

    /** Writes the content to {@code out} piece by piece, never holding the whole file. */
    void copyTo(Attachment attachment, OutputStream out) throws IOException;

    /** Forgets the content of an attachment being removed (once the removal commits). */
    void remove(Attachment attachment);

    static int chunks(long size, int chunk) {
        return (int) ((size + chunk - 1) / chunk);
    }
}

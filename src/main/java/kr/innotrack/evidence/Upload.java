package kr.innotrack.evidence;

import java.io.IOException;
import java.io.InputStream;

/** A file as it arrives: the name the person's browser sent, its declared size and its content. */
record Upload(String originalName, long size, Source content) {

    interface Source {
        InputStream open() throws IOException;
    }

    static Upload of(org.springframework.web.multipart.MultipartFile file) {
        return file == null ? null : new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }

    static Upload of(String name, byte[] bytes) {
        return new Upload(name, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
    }
}

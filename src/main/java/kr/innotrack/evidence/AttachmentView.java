package kr.innotrack.evidence;

import java.time.LocalDateTime;

/** One file as the lists show it: name, kind, size, who attached it and when, and whether it has a thumbnail. */
public record AttachmentView(Long id, OwnerKind ownerKind, Long ownerId, String fileName, FileKind kind,
                             long sizeBytes, String uploadedByName, LocalDateTime uploadedAt, String thumbnailType) {

    public boolean thumbnail() {
        return thumbnailType != null;
    }

    /** 12 KB, 1.5 MB (1 KB = 1,024 bytes; at least 1 KB). */
    public String sizeLabel() {
        return size(sizeBytes);
    }

    static String size(long bytes) {
        if (bytes < 1024L * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    public String downloadUrl() {
        return "/evidence/files/" + id;
    }

    public String thumbnailUrl() {
        return "/evidence/files/" + id + "/thumbnail";
    }
}

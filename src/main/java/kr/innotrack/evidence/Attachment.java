package kr.innotrack.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One evidence file attached to one owner: its cleaned name, the kind its content was found to be, size, SHA-256,
 * where its content is ({@link Storage}, under {@code storageKey}, a random id) and, for a photo, its thumbnail.
 * Files are added and removed, never changed.
 */
@Entity
@Table(name = "evidence_attachment")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Attachment extends BaseEntity {

    enum Storage { DATABASE, DIRECTORY }

    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private OwnerKind ownerKind;

    private Long ownerId;
    private String fileName;

    @Enumerated(EnumType.STRING)
    private FileKind fileKind;

    private String contentType;
    private long sizeBytes;
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Getter(AccessLevel.PACKAGE)
    private Storage storage;

    @Getter(AccessLevel.PACKAGE)
    private String storageKey;

    @Getter(AccessLevel.PACKAGE)
    private int chunkCount;

    @Getter(AccessLevel.NONE)
    private byte[] thumbnail;

    private String thumbnailType;
    private String uploadedBy;
    private String uploadedByName;
    private LocalDateTime uploadedAt;

    Attachment(Owner owner, String fileName, FileKind kind, long sizeBytes, String sha256, Storage storage,
               String storageKey, int chunkCount, Thumbnails.Thumbnail thumbnail, String uploadedBy,
               String uploadedByName, LocalDateTime uploadedAt) {
        this.organizationId = owner.organizationId();
        this.ownerKind = owner.kind();
        this.ownerId = owner.id();
        this.fileName = fileName;
        this.fileKind = kind;
        this.contentType = kind.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storage = storage;
        this.storageKey = storageKey;
        this.chunkCount = chunkCount;
        this.thumbnail = thumbnail == null ? null : thumbnail.content();
        this.thumbnailType = thumbnail == null ? null : thumbnail.contentType();
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }
}

package kr.innotrack.evidence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    /** The list of several owners' files in one statement, without contents or thumbnails. */
    @Query("""
            select new kr.innotrack.evidence.AttachmentView(a.id, a.ownerKind, a.ownerId, a.fileName, a.fileKind,
              a.sizeBytes, a.uploadedByName, a.uploadedAt, a.thumbnailType)
            from Attachment a where a.ownerKind = :kind and a.ownerId in :ownerIds order by a.uploadedAt, a.id""")
    List<AttachmentView> views(OwnerKind kind, Collection<Long> ownerIds);

    /** The photos of two kinds of owners in one statement (a deck's entries and their remedies). */
    @Query("""
            select new kr.innotrack.evidence.AttachmentView(a.id, a.ownerKind, a.ownerId, a.fileName, a.fileKind,
              a.sizeBytes, a.uploadedByName, a.uploadedAt, a.thumbnailType)
            from Attachment a where a.thumbnailType is not null
              and ((a.ownerKind = :kind and a.ownerId in :ownerIds) or (a.ownerKind = :otherKind and a.ownerId in :otherIds))
            order by a.uploadedAt, a.id""")
    List<AttachmentView> images(OwnerKind kind, Collection<Long> ownerIds, OwnerKind otherKind, Collection<Long> otherIds);

    @Query("select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.organizationId = :organizationId")
    long usedBy(Long organizationId);

    @Query("select a.thumbnail from Attachment a where a.id = :id")
    byte[] thumbnail(Long id);
}

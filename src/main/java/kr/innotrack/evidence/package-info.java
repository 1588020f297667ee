/**
 * Evidence (증빙자료): files attached to a milestone, a round entry, a remedy or an audit-finding progress entry.
 * Owns the {@link kr.innotrack.evidence.Attachment} records, their storage (database chunks or a directory), the check
 * of a file's type from its content, the thumbnails of photos, and the upload, download and remove pages. The modules
 * that own the things files are attached to implement {@link kr.innotrack.evidence.AttachmentOwner} (who may read,
 * attach and remove, the history subject, whether it is frozen); evidence knows none of them. Published API: the root
 * package ({@code EvidenceQueries}, {@code AttachmentOwner}, {@code OwnerKind}, {@code Owner}, the views).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence",
        allowedDependencies = {"shared", "shared :: web", "shared :: text", "history"})
package kr.innotrack.evidence;

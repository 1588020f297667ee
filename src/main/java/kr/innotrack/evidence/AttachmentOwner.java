package kr.innotrack.evidence;

import kr.innotrack.shared.CurrentUser;

/**
 * Implemented by the module that owns one {@link OwnerKind} (plan: milestones; checkround: round entries and remedies;
 * auditfinding: progress entries). Reading a file follows reading its owner: {@link #resolve} answers only owners the
 * person may read and throws {@link kr.innotrack.shared.NotFoundException} for a missing one or another
 * organization's.
 */
public interface AttachmentOwner {

    OwnerKind kind();

    Owner resolve(Long ownerId, CurrentUser user);
}

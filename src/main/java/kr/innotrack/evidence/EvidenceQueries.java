package kr.innotrack.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading evidence. For the owning modules' pages (which have checked that the person may read the owners):
 * {@link #byOwner} (several owners' lists in one statement), {@link #panel} (one owner's section with the person's
 * rights). Downloads and thumbnails check the owner's read rule themselves.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class EvidenceQueries {

    private final AttachmentRepository attachments;
    private final Owners owners;
    private final EvidenceSettings settings;

    /** The files of the given owners, by owner id (owners without files are absent), in one statement. */
    public Map<Long, List<AttachmentView>> byOwner(OwnerKind kind, Collection<Long> ownerIds) {
        if (ownerIds == null || ownerIds.isEmpty()) {
            return Map.of();
        }
        return attachments.views(kind, ownerIds).stream()
                .collect(Collectors.groupingBy(AttachmentView::ownerId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The photos of owners of two kinds at once, by kind and owner id, in one statement (none when both are empty).
     */
    public Map<OwnerKind, Map<Long, List<AttachmentView>>> imagesByOwner(OwnerKind kind, Collection<Long> ownerIds,
            OwnerKind otherKind, Collection<Long> otherIds) {
        if (ownerIds.isEmpty() && otherIds.isEmpty()) {
            return Map.of();
        }
        List<Long> none = List.of(-1L);
        return attachments.images(kind, ownerIds.isEmpty() ? none : ownerIds, otherKind,
                        otherIds.isEmpty() ? none : otherIds).stream()
                .collect(Collectors.groupingBy(AttachmentView::ownerKind, Collectors.groupingBy(AttachmentView::ownerId,
                        java.util.LinkedHashMap::new, Collectors.toList())));
    }

    /** One owner's evidence section as the person sees it (404 when they may not read the owner). */
    public EvidencePanel panel(OwnerKind kind, Long ownerId, CurrentUser user) {
        return panel(owners.resolve(kind, ownerId, user));
    }

    EvidencePanel panel(Owner owner) {
        List<AttachmentView> files = attachments.views(owner.kind(), List.of(owner.id()));
        return new EvidencePanel(owner.kind(), owner.id(), owner.label(), files, owner.mayAttach() && !owner.frozen(),
                owner.mayRemove() && !owner.frozen(), owner.frozen(), FileKind.accept(), settings.maxLabel());
    }

    /** A file the person may read: its own organization's, attached to an owner they may read; otherwise 404. */
    Attachment readable(Long id, CurrentUser user) {
        Attachment a = attachments.findById(id)
                .filter(x -> x.getOrganizationId().equals(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("evidence.record", id));
        owners.resolve(a.getOwnerKind(), a.getOwnerId(), user);
        return a;
    }

    byte[] thumbnail(Long id) {
        return attachments.thumbnail(id);
    }

    long used(Long organizationId) {
        return attachments.usedBy(organizationId);
    }
}

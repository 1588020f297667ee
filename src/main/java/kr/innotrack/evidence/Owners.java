package kr.innotrack.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** The {@link AttachmentOwner}s the owning modules provide, one per {@link OwnerKind}. */
@Component
class Owners {

    private final Map<OwnerKind, AttachmentOwner> byKind = new EnumMap<>(OwnerKind.class);

    Owners(List<AttachmentOwner> owners) {
        owners.forEach(o -> byKind.put(o.kind(), o));
    }

    /** The owner as the person sees it: 404 for a missing one, another organization's or one they may not read. */
    Owner resolve(OwnerKind kind, Long ownerId, CurrentUser user) {
        AttachmentOwner owner = byKind.get(kind);
        if (owner == null || ownerId == null) {
            throw new NotFoundException("evidence.record.owner", ownerId);
        }
        Owner o = owner.resolve(ownerId, user);
        if (o == null || !java.util.Objects.equals(o.organizationId(), user.organizationId())) {
            throw new NotFoundException("evidence.record.owner", ownerId);
        }
        return o;
    }

    Owner resolve(String slug, Long ownerId, CurrentUser user) {
        return resolve(OwnerKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("evidence.record.owner", ownerId)),
                ownerId, user);
    }
}

package kr.innotrack.evidence;

import java.util.List;

/**
 * The evidence section of an owner's page ({@code fragments/evidence :: panel}): its files, whether the person may
 * attach and remove (never once frozen), where the upload form posts, and the limits the form states.
 */
public record EvidencePanel(OwnerKind kind, Long ownerId, String label, List<AttachmentView> files, boolean mayAttach,
                            boolean mayRemove, boolean frozen, String accept, String maxLabel) {

    public String uploadUrl() {
        return "/evidence/" + kind.slug() + "/" + ownerId;
    }

    public List<AttachmentView> images() {
        return files.stream().filter(AttachmentView::thumbnail).toList();
    }
}

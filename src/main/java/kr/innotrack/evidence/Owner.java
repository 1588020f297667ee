package kr.innotrack.evidence;

import kr.innotrack.history.ChangeHistory;

/**
 * A thing files are attached to, as one person sees it (resolved by its module's {@link AttachmentOwner}).
 *
 * @param label    what it is, for the page and the history ("가-1-1 과제 · 추진일정 …")
 * @param page     the address of its own page (where an upload returns)
 * @param mayAttach the person may attach files (the owner's edit right)
 * @param mayRemove the person may remove its files
 * @param frozen   no file may be added or removed any more (a closed round's entry or remedy)
 * @param history  where attaching and removing are recorded (the owner's own history)
 */
public record Owner(OwnerKind kind, Long id, Long organizationId, String label, String page, boolean mayAttach,
                    boolean mayRemove, boolean frozen, ChangeHistory.Subject history) {
}

package kr.innotrack.evidence;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.shared.AccessDeniedHere;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotAllowedNow;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.web.RejectedInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching and removing files: the owner's rules (404 for another organization, 403 without the right, 409 once
 * frozen), the limits (size, empty, name, content type, the organization's quota), the content kept by the configured
 * store, and one history row in the owner's history per attach or remove, in the same transaction.
 */
@Service
@Transactional
class EvidenceCommands {

    private final AttachmentRepository attachments;
    private final Owners owners;
    private final EvidenceSettings settings;
    private final List<ContentStore> stores;
    private final ChangeHistory history;
    private final Messages messages;
    private final EntityManager em;
    private final Clock clock;

    EvidenceCommands(AttachmentRepository attachments, Owners owners, EvidenceSettings settings,
                     List<ContentStore> stores, ChangeHistory history, Messages messages, EntityManager em,
                     Clock clock) {
        this.attachments = attachments;
        this.owners = owners;
        this.settings = settings;
        this.stores = stores;
        this.history = history;
        this.messages = messages;
        this.em = em;
        this.clock = clock;
    }

    ContentStore store(Attachment.Storage kind) {
        return stores.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    /** Attaches the file and returns the owner (for the way back to its page). */
    Owner attach(OwnerKind kind, Long ownerId, Upload upload, CurrentUser user) {
        Owner owner = writable(owners.resolve(kind, ownerId, user), false);
        Attachment a = store(owner, upload, user.username(), user.displayName());
        history.updated(user, owner.history(), Changes.of().field(messages.get("evidence.history.attached"),
                null, describe(a)));
        return owner;
    }

    /**
     * Checks and keeps one file of an owner the caller resolved itself (the limits, the name rule, the content type,
     * the organization's quota, the configured store); no rights and no history: the caller's business
     * ({@link AttachmentIntake}).
     */
    Attachment store(Owner owner, Upload upload, String uploadedBy, String uploadedByName) {
        if (upload == null || upload.originalName() == null || upload.originalName().isBlank()) {
            throw new RejectedInput(FileNames.FIELD, "evidence.file.missing");
        }
        FileNames.Name name = FileNames.clean(upload.originalName());
        if (upload.size() == 0) {
            throw new RejectedInput(FileNames.FIELD, "evidence.file.empty");
        }
        if (upload.size() > settings.getMaxFileSize()) {
            throw new RejectedInput(FileNames.FIELD, "evidence.file.tooLarge", settings.maxLabel());
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("evidence-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = upload.content().open();
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copyAtMost(in, out, settings.getMaxFileSize());
            }
            if (size == 0) {
                throw new RejectedInput(FileNames.FIELD, "evidence.file.empty");
            }
            if (size > settings.getMaxFileSize()) {
                throw new RejectedInput(FileNames.FIELD, "evidence.file.tooLarge", settings.maxLabel());
            }
            FileKind fileKind = FileTypes.check(temp, name);
            // the slow part (decoding a photo) before the organization's lock, so one big photo never holds up the
            // organization's other uploads
            Thumbnails.Thumbnail thumbnail = Thumbnails.of(temp, fileKind);
            lockOrganization(owner.organizationId());
            long used = attachments.usedBy(owner.organizationId());
            if (used + size > settings.getQuota()) {
                throw new RejectedInput(FileNames.FIELD, "evidence.file.quota", AttachmentView.size(settings.getQuota()),
                        AttachmentView.size(used));
            }
            ContentStore store = store(settings.getStore());
            Attachment a = attachments.saveAndFlush(new Attachment(owner, name.value(), fileKind, size,
                    HexFormat.of().formatHex(sha.digest()), store.kind(), UUID.randomUUID().toString().replace("-", ""),
                    store.kind() == Attachment.Storage.DATABASE ? ContentStore.chunks(size, DatabaseStore.CHUNK) : 0,
                    thumbnail, uploadedBy, uploadedByName, LocalDateTime.now(clock)));
            store.write(a, temp);
            return a;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }

    /** Removes a file and returns its owner. */
    Owner remove(Long attachmentId, CurrentUser user) {
        Attachment a = attachments.findById(attachmentId)
                .filter(x -> x.getOrganizationId().equals(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("evidence.record", attachmentId));
        Owner owner = writable(owners.resolve(a.getOwnerKind(), a.getOwnerId(), user), true);
        store(a.getStorage()).remove(a);
        attachments.delete(a);
        history.updated(user, owner.history(), Changes.of().field(messages.get("evidence.history.removed"),
                describe(a), null));
        return owner;
    }

    private Owner writable(Owner owner, boolean removing) {
        if (!(removing ? owner.mayRemove() : owner.mayAttach())) {
            throw new AccessDeniedHere("evidence.error.noRight");
        }
        if (owner.frozen()) {
            throw new NotAllowedNow(removing ? "evidence.error.frozen.remove" : "evidence.error.frozen.attach");
        }
        return owner;
    }

    private String describe(Attachment a) {
        return a.getFileName() + " (" + a.getFileKind().label() + ", " + AttachmentView.size(a.getSizeBytes()) + ")";
    }

    /** Uploads of one organization count against its quota one at a time. */
    private void lockOrganization(Long organizationId) {
        em.createNativeQuery("select id from organization where id = ? for update")
                .setParameter(1, organizationId).getResultList();
    }

    /** Copies at most {@code max + 1} bytes (one more tells the file is too large) and returns how many. */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

}

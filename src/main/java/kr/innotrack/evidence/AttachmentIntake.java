package kr.innotrack.evidence;

import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files that arrive from someone who is not signed in (a citizen's contest entry, issue 18): the owning module has
 * checked who may send them and calls this inside its own transaction, so the record and its files are saved or
 * refused together. The same checks and storage as the staff upload (size, empty, name rule, content type found in
 * the content, the organization's quota, the configured store); a refusal is a {@link RejectedInput} beside the
 * caller's form field. No history row: the owning module records what it needs.
 */
@Service
@RequiredArgsConstructor
public class AttachmentIntake {

    private final EvidenceCommands commands;

    /**
     * Keeps one file for the owner and returns the new file's id.
     *
     * @param owner          the owner, built by the owning module (its kind, id, organization)
     * @param file           the file as it arrived (null or empty: refused as missing)
     * @param field          the form field a refusal belongs to
     * @param uploadedByName who sent it, as shown to staff (the applicant's name)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Long attach(Owner owner, MultipartFile file, String field, String uploadedByName) {
        try {
            Upload upload = Upload.of(file);
            if (upload == null || upload.originalName() == null || upload.originalName().isBlank()) {
                throw new RejectedInput(field, "evidence.file.missing");
            }
            return commands.store(owner, upload, PUBLIC, uploadedByName).getId();
        } catch (RejectedInput refused) {
            throw new RejectedInput(field, refused.messageKey(), refused.messageArgs());
        }
    }

    /** The {@code uploaded_by} of a file a citizen sent (no account). */
    public static final String PUBLIC = "public";
}

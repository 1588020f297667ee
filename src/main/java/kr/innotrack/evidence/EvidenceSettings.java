package kr.innotrack.evidence;

import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The evidence limits and storage (application.properties): {@code innotrack.evidence.max-file-size} (20MB),
 * {@code innotrack.evidence.organization-quota} (2GB: all files of one organization together),
 * {@code innotrack.evidence.store} ({@code database}, the default, or {@code directory}) and
 * {@code innotrack.evidence.directory}.
 */
@Component
@Getter
class EvidenceSettings {

    private final long maxFileSize;
    private final long quota;
    private final Attachment.Storage store;

    EvidenceSettings(@Value("${innotrack.evidence.max-file-size:20MB}") DataSize maxFileSize,
                     @Value("${innotrack.evidence.organization-quota:2GB}") DataSize quota,
                     @Value("${innotrack.evidence.store:database}") String store) {
        this.maxFileSize = maxFileSize.toBytes();
        this.quota = quota.toBytes();
        this.store = Attachment.Storage.valueOf(store.trim().toUpperCase(java.util.Locale.ROOT));
    }

    String maxLabel() {
        return AttachmentView.size(maxFileSize);
    }
}

package kr.innotrack.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.organization.NoticeMailRecipients;
import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 알림 메일, at once: a new notice goes by e-mail to those of its audience who chose 바로 (내 계정), in the notice's
 * transaction (the outbox sends it after the commit, so a rolled-back change mails nothing), with the notice's text and
 * an absolute link back ({@code innotrack.public-url}).
 */
@Component
class NoticeMails {

    private final NoticeMailRecipients recipients;
    private final Mailer mailer;
    private final Messages messages;
    private final String publicUrl;

    NoticeMails(NoticeMailRecipients recipients, Mailer mailer, Messages messages,
                @Value("${innotrack.public-url:http://localhost:8080}") String publicUrl) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void announce(Notice notice) {
        for (NoticeMailRecipients.Recipient r : immediate(notice.getOrganizationId())) {
            if (inAudience(r, notice)) {
                mailer.send(new OutgoingMail(r.email(), messages.get("notice.mail.subject", messages.label(notice.getKind())),
                        messages.get("notice.mail.text", notice.getMessage(), link(notice), url("/account#notice-mail")),
                        "notice"));
            }
        }
    }

    private static boolean inAudience(NoticeMailRecipients.Recipient r, Notice notice) {
        return switch (notice.getAudience()) {
            case DEPARTMENT -> Objects.equals(r.departmentId(), notice.getDepartmentId());
            case PLANNING -> r.planning();
            case ACCOUNT -> Objects.equals(r.accountId(), notice.getAccountId());
        };
    }

    /**
     * The organization's 바로 recipients, read once per transaction (a round that opens writes a notice per department:
     * one query for all of them, not one per notice).
     */
    @SuppressWarnings("unchecked")
    private List<NoticeMailRecipients.Recipient> immediate(Long organizationId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return recipients.immediateOf(organizationId);
        }
        Map<Long, List<NoticeMailRecipients.Recipient>> known =
                (Map<Long, List<NoticeMailRecipients.Recipient>>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            Map<Long, List<NoticeMailRecipients.Recipient>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(NoticeMails.this);
                }
            });
            known = fresh;
        }
        return known.computeIfAbsent(organizationId, recipients::immediateOf);
    }

    /** The absolute address of the page the notice points to (the notice list when it points nowhere). */
    String link(Notice notice) {
        String link = notice.getLink();
        return url(link == null || !link.startsWith("/") || link.startsWith("//") ? "/notices" : link);
    }

    String url(String path) {
        return publicUrl + path;
    }
}

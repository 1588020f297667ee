package kr.innotrack.notice;

import java.util.List;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.organization.NoticeMailChoice;
import kr.innotrack.organization.NoticeMailRecipients;
import kr.innotrack.shared.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
        for (NoticeMailRecipients.Recipient r : audience(notice)) {
            if (r.choice() == NoticeMailChoice.IMMEDIATE) {
                mailer.send(new OutgoingMail(r.email(), messages.get("notice.mail.subject", messages.label(notice.getKind())),
                        messages.get("notice.mail.text", notice.getMessage(), link(notice), url("/account#notice-mail")),
                        "notice"));
            }
        }
    }

    private List<NoticeMailRecipients.Recipient> audience(Notice notice) {
        return switch (notice.getAudience()) {
            case DEPARTMENT -> recipients.ofDepartment(notice.getOrganizationId(), notice.getDepartmentId());
            case PLANNING -> recipients.ofPlanningOffice(notice.getOrganizationId());
            case ACCOUNT -> recipients.ofAccount(notice.getOrganizationId(), notice.getAccountId());
        };
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

package kr.innotrack.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kr.innotrack.mail.Mailer;
import kr.innotrack.mail.OutgoingMail;
import kr.innotrack.organization.NoticeMailRecipients;
import kr.innotrack.shared.Messages;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 알림 메일, 하루 한 번 모아서: at 08:00 Korea time, one mail per account that chose the digest listing its unread notices
 * made since its last digest (the first time: of the last day); nothing when there is nothing new, and at most once a
 * day however often it runs ({@code notice_mail_digest} keeps each account's place).
 */
@Component
@RequiredArgsConstructor
class NoticeDigest {

    static final int LISTED = 20;
    private static final LocalDateTime LONG_AGO = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final NoticeMailRecipients recipients;
    private final NoticeRepository notices;
    private final NoticeMails mails;
    private final Mailer mailer;
    private final Messages messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    /** Sends the digests due today; returns how many were mailed (null: another instance holds the job's lock). */
    @Scheduled(cron = "${innotrack.notice.digest-cron:0 0 8 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "notice-digest")
    @Transactional
    public Integer sendDigests() {
        LockAssert.assertLocked(); // once across instances (system.InstanceConfig)
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        long newest = jdbc.sql("select coalesce(max(id), 0) from notice").query(Long.class).single();
        int mailed = 0;
        for (NoticeMailRecipients.Recipient r : recipients.daily()) {
            var place = jdbc.sql("select last_notice_id, sent_on from notice_mail_digest where account_id = ?")
                    .param(r.accountId())
                    .query((rs, n) -> new Place(rs.getLong(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate()))
                    .optional();
            if (place.isPresent() && today.equals(place.get().sentOn())) {
                continue;
            }
            long after = place.map(Place::lastNoticeId).orElse(0L);
            LocalDateTime since = place.isPresent() ? LONG_AGO : now.minusDays(1);
            List<Notice> fresh = notices.findUnreadSince(r.organizationId(), r.departmentId(), r.accountId(),
                    r.planning(), after, since, Limit.of(LISTED + 1));
            if (!fresh.isEmpty()) {
                long total = fresh.size() > LISTED ? notices.countUnreadSince(r.organizationId(), r.departmentId(),
                        r.accountId(), r.planning(), after, since) : fresh.size();
                mailer.send(new OutgoingMail(r.email(), messages.get("notice.digest.subject", total),
                        text(fresh, total), "notice-digest"));
                mailed++;
            }
            if (place.isPresent()) {
                jdbc.sql("update notice_mail_digest set last_notice_id = ?, sent_on = ? where account_id = ?")
                        .params(newest, today, r.accountId()).update();
            } else {
                jdbc.sql("insert into notice_mail_digest (account_id, last_notice_id, sent_on) values (?, ?, ?)")
                        .params(r.accountId(), newest, today).update();
            }
        }
        return mailed;
    }

    private String text(List<Notice> fresh, long total) {
        StringBuilder text = new StringBuilder(messages.get("notice.digest.intro", total)).append("\n\n");
        for (Notice n : fresh.subList(0, Math.min(LISTED, fresh.size()))) {
            text.append("- [").append(messages.label(n.getKind())).append("] ").append(n.getMessage()).append('\n')
                    .append("  ").append(mails.link(n)).append('\n');
        }
        if (total > LISTED) {
            text.append('\n').append(messages.get("notice.digest.more", total - LISTED, mails.url("/notices")));
        }
        return text.append("\n\n").append(messages.get("notice.digest.footer", mails.url("/account#notice-mail")))
                .toString();
    }

    private record Place(long lastNoticeId, LocalDate sentOn) {
    }
}

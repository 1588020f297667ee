package kr.innotrack.mail;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends through Spring's {@link JavaMailSender} (configured by {@code spring.mail.host}); without one the message is
 * dropped with a warning that names its purpose only.
 */
@Slf4j
@Service
@RequiredArgsConstructor
class SmtpMailer implements Mailer {

    private final ObjectProvider<JavaMailSender> sender;

    @Value("${innotrack.mail.from:innotrack@localhost}")
    private String from;

    @Override
    public void send(OutgoingMail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail);
                }
            });
        } else {
            deliver(mail);
        }
    }

    private void deliver(OutgoingMail mail) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("No mail server configured (spring.mail.host): {} message not sent", mail.purpose());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            smtp.send(message);
        } catch (MailException e) {
            log.warn("{} message not delivered: {}", mail.purpose(), e.getMessage());
        }
    }
}

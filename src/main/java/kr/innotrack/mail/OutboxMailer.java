package kr.innotrack.mail;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link Mailer} through the outbox: the message is stored in the caller's transaction (a rollback stores nothing,
 * so nothing is sent) and tried once right after the commit (at once when there is no transaction); what fails is
 * retried by {@link MailDelivery}'s job. In the demo without a mail server ({@link DemoMailbox}) it is kept for the
 * demo mailbox page instead.
 */
@Service
@RequiredArgsConstructor
class OutboxMailer implements Mailer {

    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final DemoMailbox demo;

    @Override
    public void send(OutgoingMail mail) {
        if (demo.enabled()) {
            outbox.store(mail, MailOutbox.DEMO);
            return;
        }
        long id = outbox.store(mail, MailOutbox.PENDING);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.deliver(id);
                }
            });
        } else {
            delivery.deliver(id);
        }
    }
}

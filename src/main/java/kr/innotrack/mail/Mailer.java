package kr.innotrack.mail;

/**
 * Sends e-mail; delivery happens after the current transaction commits (at once when there is none). The message is
 * stored in the outbox in the caller's transaction (call from a read-write one), retried when delivery fails.
 */
public interface Mailer {

    void send(OutgoingMail mail);
}

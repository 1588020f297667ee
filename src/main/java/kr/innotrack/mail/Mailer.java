package kr.innotrack.mail;

/** Sends e-mail; delivery happens after the current transaction commits (at once when there is none). */
public interface Mailer {

    void send(OutgoingMail mail);
}

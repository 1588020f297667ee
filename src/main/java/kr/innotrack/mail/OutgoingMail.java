package kr.innotrack.mail;

/** A plain-text message to one address. {@code purpose} names the kind of message in logs, never the address. */
public record OutgoingMail(String to, String subject, String text, String purpose) {
}

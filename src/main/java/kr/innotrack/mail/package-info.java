/**
 * Outgoing e-mail: one way for every module to send a message (a citizen's one-time code, a proposal's answer, a
 * staff member's notice). {@link kr.innotrack.mail.Mailer} is the published API; it sends after the caller's
 * transaction commits, so a rolled-back change sends nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = {"shared"})
package kr.innotrack.mail;

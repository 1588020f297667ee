/**
 * One person, one voice, without an outside identity service (issue 18): a citizen proves control of an e-mail
 * address with a one-time code for one action (a public vote's ballot, a proposal's support); the address is kept
 * only as a keyed hash (the {@link kr.innotrack.participation.Voice}). Published API: the root package
 * ({@code Participation}, {@code Purpose}, {@code Voice}, {@code ParticipationRefused}). See docs/participation.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizen participation (verification)",
        allowedDependencies = {"shared", "mail"})
package kr.innotrack.participation;

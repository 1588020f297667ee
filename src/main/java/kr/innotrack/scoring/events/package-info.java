/**
 * What happens in scoring that other modules may react to (notice sends its notices). Published with Spring's
 * {@code ApplicationEventPublisher} and handled synchronously, in the publisher's transaction: a change that rolls
 * back announces nothing.
 */
@org.springframework.modulith.NamedInterface("events")
package kr.innotrack.scoring.events;

/**
 * What happens to departments that other modules must follow (plan moves tasks, checkround moves open entries).
 * Published with Spring's {@code ApplicationEventPublisher} and handled synchronously, in the publisher's transaction:
 * a reorganisation that rolls back moves nothing.
 */
@org.springframework.modulith.NamedInterface("events")
package kr.innotrack.organization.events;

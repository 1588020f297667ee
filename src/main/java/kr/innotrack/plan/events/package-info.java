/**
 * What happens to a plan that other modules react to: confirmation and structural changes (notice tells the
 * departments), closing (checkround refuses while a round is open). Handled synchronously in the publisher's
 * transaction, like {@code checkround :: events}.
 */
@org.springframework.modulith.NamedInterface("events")
package kr.innotrack.plan.events;

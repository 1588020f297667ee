package kr.innotrack.security;

import java.time.LocalDateTime;

/** One row of the security event log, as read back for a page. */
public record SecurityEvent(long id, LocalDateTime occurredAt, SecurityEventType type, Long organizationId,
                            Long accountId, String username, String clientAddress, String actor, String detail) {
}

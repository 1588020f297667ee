package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.history.ChangeHistory;
import kr.innotrack.history.Changes;
import kr.innotrack.security.SecurityEventType;
import kr.innotrack.security.SecurityEvents;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.NotFoundException;
import kr.innotrack.shared.Role;
import kr.innotrack.shared.web.Conflicts;
import kr.innotrack.shared.web.RejectedInput;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's work: a new organization with its first planning admin (one transaction: both or neither), and
 * disabling or enabling an organization. A disabled organization's people cannot sign in; their sessions end and their
 * API tokens are revoked for good (enabling it again needs new sign-ins and new tokens); nothing else is deleted.
 */
@Service
@Transactional
@RequiredArgsConstructor
class OrganizationCommands {

    private static final String ORGANIZATION = "ORGANIZATION";

    private final OrganizationRepository organizations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final ChangeHistory history;
    private final SecurityEvents events;
    private final Messages messages;
    private final Clock clock;
    private final AccountStamps stamps;
    private final ApiTokens tokens;

    record NewOrganization(String name, String fullName, OrganizationKind kind, String region, String slug,
                           String adminUsername, String adminDisplayName, String password) {
    }

    Organization create(NewOrganization input, CurrentUser operator) {
        requireOperator(operator);
        RejectedInput.Collector problems = RejectedInput.collect();
        if (organizations.existsByName(input.name())) {
            problems.reject("name", "organization.name.taken");
        }
        if (input.slug() != null && organizations.existsBySlug(input.slug())) {
            problems.reject("slug", "organization.slug.taken");
        }
        if (accounts.existsByUsername(input.adminUsername())) {
            problems.reject("adminUsername", "account.username.unavailable");
        }
        policy.check(input.password(), input.adminUsername())
                .ifPresent(refusal -> problems.reject("password", refusal.code(), refusal.args()));
        problems.throwIfAny();
        LocalDateTime now = LocalDateTime.now(clock);
        Organization organization;
        Account admin;
        try {
            Organization fresh = new Organization(input.name(), input.fullName(), input.kind(), input.region(), now);
            fresh.setSlug(input.slug());
            organization = organizations.saveAndFlush(fresh);
            admin = accounts.saveAndFlush(new Account(organization, input.adminUsername(), input.adminDisplayName(),
                    passwords.encode(input.password()), Role.PLANNING_ADMIN, null, now));
        } catch (DataIntegrityViolationException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            // another operator took the name or the username a moment ago: the transaction rolls back, nothing is left
            throw new RejectedInput(null, "organization.create.raced");
        }
        history.created(operator, subject(organization), Changes.of()
                .field(messages.get("organization.name"), null, organization.getName())
                .field(messages.get("organization.fullName"), null, organization.getFullName())
                .field(messages.get("organization.kind"), null, messages.label(organization.getKind()))
                .field(messages.get("organization.region"), null, organization.getRegion())
                .field(messages.get("organization.slug"), null, organization.getSlug())
                .field(messages.get("organization.firstAdmin"), null, admin.getUsername()));
        events.record(SecurityEvents.Entry.of(SecurityEventType.ORGANIZATION_CREATED, organization.getId(), null,
                operator.username()).by(operator.username()).detail(organization.getName()));
        events.record(SecurityEvents.Entry.of(SecurityEventType.ACCOUNT_CREATED, organization.getId(), admin.getId(),
                admin.getUsername()).by(operator.username()).detail(messages.label(Role.PLANNING_ADMIN)));
        return organization;
    }

    /** Returns the organization's name (for the flash message). */
    String setEnabled(Long id, boolean enabled, CurrentUser operator) {
        requireOperator(operator);
        Organization organization = organizations.findById(id)
                .orElseThrow(() -> new NotFoundException("organization.record", id));
        if (organization.isEnabled() == enabled) {
            return organization.getName();
        }
        history.updated(operator, subject(organization), Changes.of().field(messages.get("organization.enabled"),
                messages.label(AccountState.of(organization.isEnabled())), messages.label(AccountState.of(enabled))));
        organization.setEnabled(enabled);
        if (!enabled) {
            // for good, not only while disabled: enabling again does not bring back a session or token of before
            stamps.bumpOrganization(id);
            tokens.revokeAllOf(id, operator.username());
        }
        events.record(SecurityEvents.Entry.of(enabled ? SecurityEventType.ORGANIZATION_ENABLED
                : SecurityEventType.ORGANIZATION_DISABLED, organization.getId(), null, operator.username())
                .by(operator.username()).detail(organization.getName()));
        return organization.getName();
    }

    private static void requireOperator(CurrentUser user) {
        if (!user.operator()) {
            throw new kr.innotrack.shared.AccessDeniedHere("organization.operatorOnly");
        }
    }

    private static ChangeHistory.Subject subject(Organization o) {
        return new ChangeHistory.Subject(o.getId(), null, null, ORGANIZATION, o.getId(), o.getName());
    }
}

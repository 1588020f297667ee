package kr.innotrack.organization;

import java.time.Clock;
import java.time.LocalDateTime;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.Role;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first accounts from environment variables, for databases that have no demo accounts (the postgres
 * profile): the system operator (INNOTRACK_OPERATOR_USERNAME, INNOTRACK_OPERATOR_PASSWORD), who then onboards
 * organizations in the browser, and optionally a planning admin of an existing organization
 * (INNOTRACK_ADMIN_ORGANIZATION, e.g. 삼척시, INNOTRACK_ADMIN_USERNAME, INNOTRACK_ADMIN_PASSWORD, optional
 * INNOTRACK_ADMIN_NAME). Passwords are checked against {@link PasswordPolicy}.
 * Does nothing for a pair that is not set or whose username exists; never logs a password.
 */
@Component
@Slf4j
class FirstAdminInitializer implements ApplicationRunner {

    private final AccountRepository accounts;
    private final OrganizationRepository organizations;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String organization;
    private final String username;
    private final String password;
    private final String displayName;
    private final String operatorUsername;
    private final String operatorPassword;
    private final String operatorName;

    FirstAdminInitializer(AccountRepository accounts, OrganizationRepository organizations, PasswordEncoder passwords,
                          PasswordPolicy policy, Clock clock, Messages messages,
                          @Value("${INNOTRACK_ADMIN_ORGANIZATION:}") String organization,
                          @Value("${INNOTRACK_ADMIN_USERNAME:}") String username,
                          @Value("${INNOTRACK_ADMIN_PASSWORD:}") String password,
                          @Value("${INNOTRACK_ADMIN_NAME:}") String displayName,
                          @Value("${INNOTRACK_OPERATOR_USERNAME:}") String operatorUsername,
                          @Value("${INNOTRACK_OPERATOR_PASSWORD:}") String operatorPassword) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
        this.organization = organization.strip();
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        this.password = password;
        // unset: the role's word (기획부서 관리자)
        this.displayName = displayName.isBlank() ? messages.get(Role.PLANNING_ADMIN.messageKey()) : displayName;
        this.operatorUsername = operatorUsername.strip().toLowerCase(java.util.Locale.ROOT);
        this.operatorPassword = operatorPassword;
        this.operatorName = messages.get(Role.OPERATOR.messageKey());
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!operatorUsername.isEmpty() && acceptable("INNOTRACK_OPERATOR", operatorUsername, operatorPassword)) {
            Account operator = accounts.save(Account.operator(operatorUsername, operatorName,
                    passwords.encode(operatorPassword), LocalDateTime.now(clock)));
            log.info("Created the system operator (account {})", operator.getId());
        }
        if (!username.isEmpty() && acceptable("INNOTRACK_ADMIN", username, password)) {
            Organization org = organizations.findAll().stream().filter(o -> o.getName().equals(organization))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "INNOTRACK_ADMIN_ORGANIZATION: no organization named '" + organization + "'"));
            Account admin = accounts.save(new Account(org, username, displayName, passwords.encode(password),
                    Role.PLANNING_ADMIN, null, LocalDateTime.now(clock)));
            log.info("Created the first planning admin (account {}) for organization {}", admin.getId(), org.getId());
        }
    }

    /** False when the account exists already; a bad username or password stops the start-up with the reason. */
    private boolean acceptable(String variables, String username, String password) {
        if (accounts.existsByUsername(username)) {
            log.info("The account named in {}_USERNAME already exists; nothing to do", variables);
            return false;
        }
        if (!username.matches("[a-z0-9._-]{3,40}")) {
            throw new IllegalStateException(variables + "_USERNAME must be 3–40 of a-z 0-9 . _ -");
        }
        policy.check(password, username).ifPresent(refusal -> {
            throw new IllegalStateException(variables + "_PASSWORD is refused by the password policy ("
                    + refusal.code() + "): at least " + PasswordPolicy.MIN_TWO_KINDS + " characters of two kinds or "
                    + PasswordPolicy.MIN_THREE_KINDS + " of three (upper case, lower case, digits, symbols), at most "
                    + PasswordPolicy.MAX_CHARACTERS + " characters and " + PasswordPolicy.MAX_BYTES + " bytes, without"
                    + " the username, runs such as 1234 or qwer, or a common password");
        });
        return true;
    }
}

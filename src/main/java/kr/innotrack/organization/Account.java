package kr.innotrack.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A person who signs in; bound to one organization and, for department officers, one department. The operator
 * ({@link Role#OPERATOR}) alone belongs to no organization.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    private Organization organization;

    @Column(name = "organization_id", insertable = false, updatable = false)
    private Long organizationId;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    private String username;
    private String displayName;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;
    private LocalDateTime createdAt;

    /** Changed only by {@link AccountStamps} (a single SQL update), never through this entity. */
    @Column(insertable = false, updatable = false)
    private long securityStamp;

    /** 알림 메일: where and how this person gets notices by e-mail (내 계정). */
    private String email;

    @Enumerated(EnumType.STRING)
    private NoticeMailChoice noticeMail = NoticeMailChoice.NONE;

    /** A service account signs in with API tokens only. */
    @Column(updatable = false)
    private boolean service;

    Account(Organization organization, String username, String displayName, String passwordHash, Role role,
            Department department, LocalDateTime createdAt) {
        this.organization = organization;
        this.organizationId = organization == null ? null : organization.getId();
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.department = department;
        this.createdAt = createdAt;
    }

    /** The operator: no organization, no department. */
    static Account operator(String username, String displayName, String passwordHash, LocalDateTime createdAt) {
        return new Account(null, username, displayName, passwordHash, Role.OPERATOR, null, createdAt);
    }

    /** Whether this account may sign in now: enabled, not a service account, and its organization not disabled. */
    boolean maySignIn() {
        return enabled && !service && (organization == null || organization.isEnabled());
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(getId(), username, displayName, organizationId,
                department == null ? null : department.getId(), role);
    }

    String getPasswordHash() {
        return passwordHash;
    }

    long getSecurityStamp() {
        return securityStamp;
    }

    void markService() {
        this.service = true;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void assign(Role role, Department department) {
        this.role = role;
        this.department = department;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeNoticeMail(String email, NoticeMailChoice choice) {
        this.email = email;
        this.noticeMail = choice;
    }
}

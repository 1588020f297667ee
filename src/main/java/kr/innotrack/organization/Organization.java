package kr.innotrack.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDateTime;
import kr.innotrack.shared.BaseEntity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A local government (기관) that runs plans; onboarded by the operator. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Organization extends BaseEntity {

    private String name;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;

    private String region;

    /** The organization's public address, {@code /public/{slug}} (lower-case letters, digits, hyphens); none: not public. */
    private String slug;

    /** A disabled organization's people cannot sign in; its data stays. */
    private boolean enabled = true;

    private LocalDateTime createdAt;

    Organization(String name, String fullName, OrganizationKind kind, String region, LocalDateTime createdAt) {
        this.name = name;
        this.fullName = fullName;
        this.kind = kind;
        this.region = region;
        this.createdAt = createdAt;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }
}

package kr.innotrack.organization;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations with a public address: enabled and given a slug. One JDBC statement each, no entity (anonymous
 * traffic reads these on every public page).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PublicOrganizations {

    private final JdbcClient jdbc;

    /** The enabled organization with this public address; empty for an unknown, disabled or malformed one. */
    public Optional<PublicOrganization> bySlug(String slug) {
        if (slug == null || !slug.matches("[a-z0-9-]{1,40}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id, slug, name, full_name, kind from organization where slug = ? and enabled")
                .param(slug).query(PublicOrganizations::row).optional();
    }

    /** Every public organization, by name. */
    public List<PublicOrganization> all() {
        return jdbc.sql("select id, slug, name, full_name, kind from organization where slug is not null and enabled order by name")
                .query(PublicOrganizations::row).list();
    }

    private static PublicOrganization row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublicOrganization(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                OrganizationKind.valueOf(rs.getString(5)));
    }
}

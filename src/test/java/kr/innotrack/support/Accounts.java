package kr.innotrack.support;

import java.util.Map;
import kr.innotrack.shared.CurrentUser;
import kr.innotrack.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/** A seeded account as the services see it, read from the database. */
public final class Accounts {

    private Accounts() {
    }

    public static CurrentUser user(JdbcTemplate jdbc, String username) {
        Map<String, Object> a = jdbc.queryForMap("select id, display_name, organization_id, department_id, role"
                + " from account where username = ?", username);
        return new CurrentUser(((Number) a.get("id")).longValue(), username, (String) a.get("display_name"),
                a.get("organization_id") == null ? null : ((Number) a.get("organization_id")).longValue(),
                a.get("department_id") == null ? null : ((Number) a.get("department_id")).longValue(),
                Role.valueOf((String) a.get("role")));
    }
}

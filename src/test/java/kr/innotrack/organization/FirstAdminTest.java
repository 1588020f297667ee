package kr.innotrack.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the postgres profile does about accounts, on an embedded database: no demo accounts (db/demo is left out),
 * and the first planning admin comes from INNOTRACK_ADMIN_* (given here as properties).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:firstadmin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration",
        "INNOTRACK_ADMIN_ORGANIZATION=삼척시",
        "INNOTRACK_ADMIN_USERNAME=First.Admin",
        "INNOTRACK_ADMIN_PASSWORD=Harbor-Lantern-42",
        "INNOTRACK_ADMIN_NAME=혁신담당관"})
class FirstAdminTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    FirstAdminInitializer initializer;

    @Test
    void noDemoAccountsAndTheFirstAdminFromTheEnvironment() {
        assertThat(jdbc.queryForList("select username from account", String.class)).containsExactly("first.admin");
        var admin = jdbc.queryForMap("select a.role, a.display_name, a.password_hash, o.name as org"
                + " from account a join organization o on o.id = a.organization_id where a.username = 'first.admin'");
        assertThat(admin.get("role")).isEqualTo("PLANNING_ADMIN");
        assertThat(admin.get("display_name")).isEqualTo("혁신담당관");
        assertThat(admin.get("org")).isEqualTo("삼척시");
        assertThat(passwords.matches("Harbor-Lantern-42", (String) admin.get("password_hash"))).isTrue();

        initializer.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).as("runs once").isEqualTo(1);
    }
}

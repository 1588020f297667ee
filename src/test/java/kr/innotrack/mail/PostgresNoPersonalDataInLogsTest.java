package kr.innotrack.mail;

import kr.innotrack.participation.ParticipationContext;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.ContextConfiguration;

@EnabledIf(value = "kr.innotrack.support.Postgres#available",
        disabledReason = "PostgreSQL suite skipped: nothing listens on 127.0.0.1:5432 (CI=true always runs it)")
@ContextConfiguration(initializers = ParticipationContext.Pg.class)
class PostgresNoPersonalDataInLogsTest extends NoPersonalDataInLogsTests {
}

package kr.innotrack.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The shared configuration of the MockMvc suites: the whole application with Hibernate statistics on (for the
 * statement counts) and the scheduler off, on one in-memory H2 database ({@link #DATABASE}). Every suite with this
 * annotation and nothing else that changes the configuration runs in the same application context and database, so
 * it must not disturb the others' assertions: a suite that reads the seed as seeded runs first ({@code @Order}), the
 * others only write where no other suite in the context reads or roll back ({@code @Transactional}). The PostgreSQL
 * variants add {@link PostgresIntegrationTest}, which shares one fresh PostgreSQL database the same way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.generate_statistics=true",
        "innotrack.scheduling.enabled=false", IntegrationTest.DATABASE})
@AutoConfigureMockMvc
public @interface IntegrationTest {

    String DATABASE = "spring.datasource.url=jdbc:h2:mem:it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
}

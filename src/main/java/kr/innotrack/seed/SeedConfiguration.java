package kr.innotrack.seed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The seeded plans, each a versioned Flyway migration after the schema (V1). Spring Boot hands these beans to
 * Flyway, so they run on every database the app starts against: H2 by default, PostgreSQL with the
 * {@code postgres} profile.
 */
@Configuration(proxyBeanMethods = false)
public class SeedConfiguration {

    @Bean
    PlanSeedMigration samcheok2021Seed() {
        return new PlanSeedMigration("2", "seed samcheok 2021 innovation plan", "db/seed/samcheok-2021.yaml");
    }

    @Bean
    PlanSeedMigration junggu2016Seed() {
        return new PlanSeedMigration("5", "seed seoul jung-gu 2016 open junggu 3.0 plan", "db/seed/junggu-2016.yaml");
    }

    @Bean
    PlanSeedMigration incheon2020Seed() {
        return new PlanSeedMigration("7", "seed incheon 2020 communication office work plan and audit findings",
                "db/seed/incheon-2020.yaml");
    }
}

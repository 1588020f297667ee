package kr.innotrack.bench;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --spring.profiles.active=postgres,generate}: fills the database with national-scale data (243 organizations
 * by default, seed 2021) in one transaction, prints the counts and the time, and exits. Run by bench/run.sh on the
 * production jar with this package added to its class path (package-info, bench/README.md).
 */
@Component
@Profile("generate")
class GenerateCommand implements CommandLineRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ConfigurableApplicationContext context;

    @Value("${innotrack.generate.organizations:243}")
    int organizations;

    @Value("${innotrack.generate.seed:2021}")
    long seed;

    @Value("${innotrack.generate.password:bench-password}")
    String password;

    GenerateCommand(JdbcTemplate jdbc, TransactionTemplate tx, ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.context = context;
    }

    @Override
    public void run(String... args) {
        Instant start = Instant.now();
        String hash = new BCryptPasswordEncoder().encode(password);
        NationalData.Summary summary = tx.execute(s -> new NationalData(jdbc, seed, hash).organizations(organizations, 1));
        Duration took = Duration.between(start, Instant.now());
        log.info("generated {} in {} s", summary, took.toMillis() / 1000.0);
        System.out.println("GENERATED " + summary + " in " + took.toMillis() + " ms");
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
    }
}

package kr.innotrack.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL test server: 127.0.0.1:5432, user postgres, trust auth (as on the CI machines). Override with
 * INNOTRACK_TEST_PG_HOST / _PORT / _USER / _PASSWORD. The PostgreSQL suite runs when the server answers; with
 * CI=true it always runs, so a CI machine without PostgreSQL fails instead of silently skipping.
 */
public final class Postgres {

    private static final String HOST = env("INNOTRACK_TEST_PG_HOST", "127.0.0.1");
    private static final int PORT = Integer.parseInt(env("INNOTRACK_TEST_PG_PORT", "5432"));
    public static final String USER = env("INNOTRACK_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("INNOTRACK_TEST_PG_PASSWORD", "");
    /** Appended to every test database name, so several checkouts can run their suites on one server at once. */
    private static final String SUFFIX = env("INNOTRACK_TEST_PG_DB_SUFFIX", "");

    private Postgres() {
    }

    /** Used by {@code @EnabledIf}: true on CI, else when something listens on the PostgreSQL port. */
    public static boolean available() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return true;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Drops and re-creates the named database, so every run migrates an empty one; returns its JDBC URL. */
    public static String freshDatabase(String baseName) {
        String name = baseName + SUFFIX;
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is not usable: " + e.getMessage(), e);
        }
        return url(name);
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package kr.innotrack.seed;

import java.sql.SQLException;

/**
 * Where {@link SeedLoader} puts its rows: each call is one {@code insert into table (columns) values (…)} statement
 * with {@code ?} parameters (null, String, Boolean, Integer, Long, BigDecimal or java.sql.Date). The migration writes
 * them through JDBC ({@link JdbcSeedRows}); the drift test records them instead.
 */
interface SeedRows {

    /** Inserts one row and answers its generated {@code id}. */
    long insert(String sql, Object... params) throws SQLException;

    /** Inserts one row of a table without a generated key (or whose key nothing refers to). */
    void insertNoKey(String sql, Object... params) throws SQLException;
}

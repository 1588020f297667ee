package kr.innotrack.seed;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Seed rows written with plain JDBC on Flyway's connection, inside the migration's transaction. */
final class JdbcSeedRows implements SeedRows {

    private final Connection connection;

    JdbcSeedRows(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long insert(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public void insertNoKey(String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(i + 1, s);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (p instanceof BigDecimal d) {
                ps.setBigDecimal(i + 1, d);
            } else if (p instanceof Date d) {
                ps.setDate(i + 1, d);
            } else {
                throw new IllegalArgumentException("unsupported seed value " + p.getClass());
            }
        }
    }
}

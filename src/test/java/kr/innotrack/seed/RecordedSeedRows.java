package kr.innotrack.seed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows {@link SeedLoader} would insert, written down instead of inserted: one line per row, {@code table
 * column=value …} with the columns in name order, generated ids numbered per table from 1 as an empty database
 * numbers them. The text depends only on what would be stored, not on how the SQL is spelt (column order, line
 * breaks, spacing), so a refactoring of the loader keeps it and a change of any stored value does not.
 */
final class RecordedSeedRows implements SeedRows {

    private static final Pattern INSERT = Pattern.compile(
            "insert into (\\w+) \\(([^)]*)\\) values \\((.*)\\)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Long> lastIds = new TreeMap<>();

    @Override
    public long insert(String sql, Object... params) {
        String table = record(sql, params);
        return lastIds.merge(table, 1L, Long::sum);
    }

    @Override
    public void insertNoKey(String sql, Object... params) {
        record(sql, params);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    /** SHA-256 of the lines, each ended by a newline, in hex. */
    String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String record(String sql, Object... params) {
        Matcher m = INSERT.matcher(sql.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a single-row insert: " + sql);
        }
        String table = m.group(1).toLowerCase();
        String[] columns = m.group(2).split(",");
        String[] values = m.group(3).split(",");
        if (columns.length != values.length) {
            throw new IllegalArgumentException("columns and values differ in number: " + sql);
        }
        Map<String, String> row = new TreeMap<>();
        int next = 0;
        for (int i = 0; i < columns.length; i++) {
            String value = values[i].strip();
            if (value.equals("?")) {
                row.put(columns[i].strip().toLowerCase(), text(params[next++]));
            } else if (value.matches("'[^']*'")) {
                row.put(columns[i].strip().toLowerCase(), text(value.substring(1, value.length() - 1)));
            } else {
                throw new IllegalArgumentException("unexpected value " + value + " in " + sql);
            }
        }
        if (next != params.length) {
            throw new IllegalArgumentException(params.length + " parameters for " + next + " placeholders: " + sql);
        }
        StringBuilder line = new StringBuilder(table);
        row.forEach((column, value) -> line.append(' ').append(column).append('=').append(value));
        lines.add(line.toString());
        return table;
    }

    /** A value as the database would hold it: numbers without their Java type or trailing zeros, text quoted. */
    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t") + '"';
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean || value instanceof Date) {
            return value.toString();
        }
        throw new IllegalArgumentException("unsupported seed value " + value.getClass());
    }
}

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The backup drill's comparer (docs/backup.md): a fingerprint of every table of a database, and the comparison of two.
 * Runs as a single-file program with the JDBC drivers on the class path (db/backup/drill.sh takes them from the
 * application jar):
 *
 * <pre>
 * java -cp 'lib/*' db/backup/TableDigest.java digest JDBC_URL USER PASSWORD  &gt; before.txt
 * java db/backup/TableDigest.java compare before.txt after.txt [--volatile t1,t2]
 * </pre>
 *
 * A table's fingerprint is its row count and the SHA-256 of its rows' hashes in sorted order (each row hashed from its
 * column values as text, binary columns as bytes), so it needs no ORDER BY (binary and large columns cannot always be
 * ordered) and does not depend on the physical order. Every table of the current schema is covered, Flyway's history
 * and the change history included; identity sequences' positions are compared too: a restored position behind the
 * original would hand out used ids again and fails (ahead is reported: H2 keeps its pre-allocated values). {@code compare} prints one line per table and exits 1 on any difference except in
 * the tables named {@code --volatile} (reported, tolerated).
 */
public class TableDigest {

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("digest")) {
            digest(args[1], args[2], args[3]);
        } else if (args.length >= 3 && args[0].equals("compare")) {
            Set<String> volatileTables = new TreeSet<>();
            if (args.length >= 5 && args[3].equals("--volatile")) {
                volatileTables.addAll(Arrays.asList(args[4].toLowerCase().split(",")));
            }
            System.exit(compare(Path.of(args[1]), Path.of(args[2]), volatileTables));
        } else {
            System.err.println("usage: TableDigest digest URL USER PASSWORD | compare BEFORE AFTER [--volatile t1,t2]");
            System.exit(2);
        }
    }

    static void digest(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setReadOnly(true);
            c.setAutoCommit(false); // one transaction: one snapshot on PostgreSQL
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            tables.sort(String::compareTo);
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables in schema " + schema + " of " + url);
            }
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1000);
                for (String table : tables) {
                    List<String> rowHashes = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("select * from \"" + table.replace("\"", "\"\"") + "\"")) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            MessageDigest row = MessageDigest.getInstance("SHA-256");
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                row.update(md.getColumnName(i).toLowerCase().getBytes(StandardCharsets.UTF_8));
                                row.update((byte) '=');
                                byte[] value = value(rs, i, md.getColumnType(i));
                                row.update(value == null ? new byte[] {0, 'N'} : value);
                                row.update((byte) 0x1f);
                            }
                            rowHashes.add(HexFormat.of().formatHex(row.digest()));
                        }
                    }
                    System.out.println(table.toLowerCase() + "\t" + rowHashes.size() + "\t" + combined(rowHashes));
                }
                for (Map.Entry<String, String> e : sequences(c, schema).entrySet()) {
                    System.out.println("sequence:" + e.getKey() + "\t1\t" + e.getValue());
                }
            }
            c.rollback();
        }
    }

    private static byte[] value(ResultSet rs, int i, int type) throws Exception {
        switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                return rs.getBytes(i);
            }
            default -> {
                String text = rs.getString(i);
                return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String combined(List<String> rowHashes) throws Exception {
        rowHashes.sort(String::compareTo);
        MessageDigest table = MessageDigest.getInstance("SHA-256");
        for (String h : rowHashes) {
            table.update(h.getBytes(StandardCharsets.US_ASCII));
            table.update((byte) '\n');
        }
        return HexFormat.of().formatHex(table.digest());
    }

    /** The next value each sequence (identity columns' included) hands out, by name, as far as the database says. */
    private static Map<String, String> sequences(Connection c, String schema) throws Exception {
        String product = c.getMetaData().getDatabaseProductName();
        String sql = product.equalsIgnoreCase("PostgreSQL")
                ? "select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = ?"
                : "select table_name || '.' || column_name, identity_base from information_schema.columns"
                        + " where table_schema = ? and is_identity = 'YES'";
        Map<String, String> found = new TreeMap<>();
        try (var ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1).toLowerCase(), rs.getString(2));
                }
            }
        }
        return found;
    }

    record Line(long rows, String hash) {
    }

    static Map<String, Line> read(Path file) throws Exception {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (l.isBlank()) {
                continue;
            }
            String[] f = l.split("\t");
            lines.put(f[0], new Line(Long.parseLong(f[1]), f[2]));
        }
        return lines;
    }

    static int compare(Path beforeFile, Path afterFile, Set<String> volatileTables) throws Exception {
        Map<String, Line> before = read(beforeFile);
        Map<String, Line> after = read(afterFile);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        int differences = 0;
        int tables = 0;
        int sequences = 0;
        int sequencesAhead = 0;
        long rows = 0;
        System.out.printf("%-40s %10s %10s  %s%n", "table", "before", "after", "result");
        for (String name : names) {
            Line b = before.get(name);
            Line a = after.get(name);
            String result;
            if (b != null && a != null && b.equals(a)) {
                result = "equal";
            } else if (name.startsWith("sequence:") && b != null && a != null
                    && Long.parseLong(a.hash()) > Long.parseLong(b.hash())) {
                // H2 stores an identity's position with its pre-allocated values (a cache of 32): a copy taken while
                // the database is open continues after them. Ids skip, none is handed out twice: not a loss.
                result = "ahead by " + (Long.parseLong(a.hash()) - Long.parseLong(b.hash())) + " (ids skip, none reused)";
                sequencesAhead++;
            } else if (volatileTables.contains(name.replace("sequence:", ""))) {
                result = "differs (tolerated: changed by the request that ran the backup)";
            } else {
                result = b == null ? "MISSING BEFORE" : a == null ? "MISSING AFTER" : "DIFFERS";
                differences++;
            }
            if (!name.startsWith("sequence:")) {
                tables++;
                rows += b == null ? 0 : b.rows();
            }
            if (name.startsWith("sequence:") && result.equals("equal")) {
                sequences++;
                continue;
            }
            System.out.printf("%-40s %10s %10s  %s%n", name, b == null ? "-" : b.rows(), a == null ? "-" : a.rows(),
                    result);
        }
        System.out.printf("%d tables, %d rows before, %d sequences at the same position, %d ahead; %s%n", tables, rows,
                sequences, sequencesAhead,
                differences == 0 ? "every table equal" : differences + " DIFFERENT");
        return differences == 0 ? 0 : 1;
    }
}

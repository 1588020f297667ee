package kr.innotrack.plan.sheet;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kr.innotrack.plan.KpiDirection;
import kr.innotrack.plan.KpiAccumulation;
import kr.innotrack.plan.KpiFrequency;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.shared.Messages;
import kr.innotrack.shared.text.TextInput;
import kr.innotrack.shared.web.RejectedInput;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded plan workbook (the template {@link PlanWorkbookWriter} writes) into a {@link PlanBlueprint}, or
 * into the list of every problem, each at its cell, in words. Pure: what it needs from the database (the
 * organization's open departments by name, the years that already have a plan) comes in a {@link Context}.
 *
 * <p>A file that is no workbook at all (empty, too large, not .xlsx, unreadable, too many rows) is refused as a whole
 * with a {@link RejectedInput} on the field {@code file}. Cells are read as the spreadsheet shows them
 * ({@link DataFormatter}, formulas by their last computed value, never evaluated), cleaned by the one text rule
 * ({@link TextInput}), and a leading apostrophe the export wrote against formula injection is taken off
 * ({@link CellText}).
 */
final class PlanWorkbookReader {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 2000;
    static final int MAX_PROBLEMS = 500;
    static final String YES = "O";
    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1E16");
    private static final Set<String> YES_MARKS = Set.of("o", "○", "◯", "●", "y", "v", "1", "true");
    private static final Set<String> NO_MARKS = Set.of("x", "n", "0", "false", "-");

    static {
        // an .xlsx is a zip: no entry of a plan workbook comes near this, a zip bomb does (the ratio rule stays on)
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** What the reading needs from the database. */
    record Context(Map<String, Long> departmentIdsByName, Set<Integer> takenYears) {
    }

    private final Messages messages;
    private final Context context;
    private final DataFormatter formatter = new DataFormatter(Locale.KOREA);
    private final List<SheetProblem> problems = new ArrayList<>();
    private int moreProblems;

    PlanWorkbookReader(Messages messages, Context context) {
        this.messages = messages;
        this.context = context;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    static String directionKey(KpiDirection direction) {
        return direction == KpiDirection.INCREASE ? "sheet.word.increase" : "sheet.word.decrease";
    }

    /** Reads the file; a file that is no readable workbook is refused as a whole ({@link RejectedInput}). */
    SheetReading read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RejectedInput("file", "sheet.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RejectedInput("file", "sheet.file.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw new RejectedInput("file", "sheet.file.oldXls");
        }
        if (magic != FileMagic.OOXML) {
            throw new RejectedInput("file", "sheet.file.notXlsx");
        }
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new RejectedInput("file", "sheet.file.unreadable");
        }
        try (workbook) {
            return read(workbook);
        } catch (java.io.IOException e) {
            throw new RejectedInput("file", "sheet.file.unreadable");
        }
    }

    SheetReading read(Workbook workbook) {
        Map<SheetTab, Sheet> sheets = new EnumMap<>(SheetTab.class);
        for (SheetTab tab : SheetTab.values()) {
            Sheet s = tab == SheetTab.GUIDE ? null : workbook.getSheet(messages.label(tab));
            if (s != null) {
                sheets.put(tab, s);
            }
        }
        int rows = 0;
        for (Sheet s : sheets.values()) {
            rows += s.getPhysicalNumberOfRows();
            if (s.getLastRowNum() > 10 * MAX_ROWS || rows > MAX_ROWS + sheets.size()) { // each has a header row
                throw new RejectedInput("file", "sheet.file.tooManyRows", s.getSheetName(), MAX_ROWS);
            }
        }
        for (SheetTab required : List.of(SheetTab.PLAN, SheetTab.NODES, SheetTab.TASKS)) {
            if (!sheets.containsKey(required)) {
                problem(messages.label(required), 1, "A", "sheet.problem.missingSheet", messages.label(required));
            }
        }
        // a formula is never evaluated here: its value is the one the spreadsheet program saved with it; a file
        // written by a program that saves none would read as 0, so such a cell is refused where it stands
        for (Sheet s : sheets.values()) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA && c instanceof org.apache.poi.xssf.usermodel.XSSFCell x
                            && !x.getCTCell().isSetV()) {
                        problem(s.getSheetName(), r.getRowNum() + 1, CellReference.convertNumToColString(
                                c.getColumnIndex()), "sheet.problem.formula");
                    }
                }
            }
        }
        // the shape first (sheets, columns, items): with it wrong, every row would only repeat it
        Map<PlanField, Row> items = sheets.containsKey(SheetTab.PLAN) ? items(sheets.get(SheetTab.PLAN)) : null;
        Map<SheetTab, Table> tables = new EnumMap<>(SheetTab.class);
        for (SheetTab tab : List.of(SheetTab.NODES, SheetTab.TASKS, SheetTab.SCHEDULE, SheetTab.KPIS)) {
            if (sheets.containsKey(tab)) {
                tables.put(tab, new Table(sheets.get(tab), tab));
            }
        }
        if (!problems.isEmpty()) {
            return new SheetReading(null, List.copyOf(problems), moreProblems, List.of());
        }
        PlanBlueprint.Header header = header(sheets.get(SheetTab.PLAN).getSheetName(), items);
        int year = header.year();
        List<PlanBlueprint.Node> nodes = nodes(tables.get(SheetTab.NODES));
        Set<String> nodeCodes = new LinkedHashSet<>();
        nodes.forEach(n -> nodeCodes.add(n.code()));
        Map<String, TaskDraft> tasks = tasks(tables.get(SheetTab.TASKS), nodeCodes, year);
        if (tables.containsKey(SheetTab.SCHEDULE)) {
            schedule(tables.get(SheetTab.SCHEDULE), tasks, year);
        }
        if (tables.containsKey(SheetTab.KPIS)) {
            kpis(tables.get(SheetTab.KPIS), tasks);
        }
        List<SheetReading.PreviewTask> preview = tasks.values().stream()
                .map(t -> new SheetReading.PreviewTask(t.nodeCode, t.code, t.title, t.lead, String.join(", ", t.collaborating),
                        t.schedule.size(), t.kpis.size()))
                .toList();
        PlanBlueprint blueprint = null;
        if (problems.isEmpty()) {
            blueprint = new PlanBlueprint(header, nodes, tasks.values().stream().map(TaskDraft::plan).toList());
        }
        return new SheetReading(blueprint, List.copyOf(problems), moreProblems, preview);
    }

    // ---- 「계획」: one item per row, label in A, value in B

    private Map<PlanField, Row> items(Sheet sheet) {
        Map<String, PlanField> byLabel = new HashMap<>();
        for (PlanField f : PlanField.values()) {
            byLabel.put(key(messages.label(f)), f);
        }
        Map<PlanField, Row> rows = new EnumMap<>(PlanField.class);
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            String label = r == null ? null : raw(r.getCell(0));
            PlanField f = label == null ? null : byLabel.get(key(label));
            if (f != null && !rows.containsKey(f)) {
                rows.put(f, r);
            }
        }
        for (PlanField f : List.of(PlanField.YEAR, PlanField.TITLE)) {
            if (!rows.containsKey(f)) {
                problem(sheet.getSheetName(), 1, "A", "sheet.problem.missingItem", messages.label(f));
            }
        }
        return rows;
    }

    private PlanBlueprint.Header header(String name, Map<PlanField, Row> rows) {
        Map<PlanField, String> values = new EnumMap<>(PlanField.class);
        for (PlanField f : PlanField.values()) {
            Row r = rows.get(f);
            if (r == null) {
                continue;
            }
            String v = text(r.getCell(1));
            if (v != null && f.maxLength > 0 && v.length() > f.maxLength) {
                problem(name, r.getRowNum() + 1, "B", "sheet.problem.tooLong", messages.label(f), f.maxLength,
                        v.length());
            }
            if (v == null && (f == PlanField.YEAR || f == PlanField.TITLE)) {
                problem(name, r.getRowNum() + 1, "B", "sheet.problem.missing", messages.label(f));
            }
            values.put(f, v);
        }
        int year = 0;
        String yearText = values.get(PlanField.YEAR);
        if (yearText != null) {
            int row = rows.get(PlanField.YEAR).getRowNum() + 1;
            BigDecimal y = number(rows.get(PlanField.YEAR).getCell(1));
            if (y == null || y.stripTrailingZeros().scale() > 0 || y.compareTo(BigDecimal.valueOf(2000)) < 0
                    || y.compareTo(BigDecimal.valueOf(2100)) > 0) {
                problem(name, row, "B", "sheet.problem.badYear", yearText);
            } else {
                year = y.intValue();
                if (context.takenYears().contains(year)) {
                    problem(name, row, "B", "sheet.problem.yearTaken", year);
                }
            }
        }
        PlanBlueprint.Calendar calendar = new PlanBlueprint.Calendar(values.get(PlanField.CALENDAR_PLANNING),
                values.get(PlanField.CALENDAR_FOCUS), values.get(PlanField.CALENDAR_CHECKS),
                values.get(PlanField.CALENDAR_FEEDBACK), values.get(PlanField.CALENDAR_EVALUATION));
        return new PlanBlueprint.Header(year, values.get(PlanField.TITLE), values.get(PlanField.SUBTITLE),
                values.get(PlanField.VISION), values.get(PlanField.GOAL), values.get(PlanField.STRATEGIES),
                values.get(PlanField.DIRECTIONS), calendar, null);
    }

    // ---- 「추진체계」

    private List<PlanBlueprint.Node> nodes(Table t) {
        List<PlanBlueprint.Node> nodes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : t.rows()) {
            String code = t.required(r, SheetColumn.NODE_CODE);
            String parent = t.text(r, SheetColumn.NODE_PARENT);
            String name = t.required(r, SheetColumn.NODE_NAME);
            String level = t.required(r, SheetColumn.NODE_LEVEL);
            String category = t.text(r, SheetColumn.NODE_CATEGORY);
            boolean mandatory = t.mark(r, SheetColumn.NODE_MANDATORY);
            if (code != null) {
                Integer earlier = seen.putIfAbsent(code, r.getRowNum() + 1);
                if (earlier != null) {
                    t.problem(r, SheetColumn.NODE_CODE, "sheet.problem.duplicateNode", code, earlier);
                    continue;
                }
            }
            if (parent != null && (!seen.containsKey(parent) || parent.equals(code))) {
                t.problem(r, SheetColumn.NODE_PARENT, "sheet.problem.unknownParent", parent);
            }
            nodes.add(new PlanBlueprint.Node(code, parent, name, level, category, mandatory));
        }
        return nodes;
    }

    // ---- 「과제」

    private static final class TaskDraft {
        String nodeCode;
        String code;
        String title;
        String lead;
        Long leadId;
        List<String> collaborating = new ArrayList<>();
        List<Long> collaboratingIds = new ArrayList<>();
        String collaborators;
        String officer;
        String phone;
        String budget;
        boolean continuing;
        boolean representative;
        String background;
        String details;
        String before;
        String after;
        List<PlanBlueprint.ScheduleLine> schedule = new ArrayList<>();
        List<PlanBlueprint.Indicator> kpis = new ArrayList<>();

        PlanBlueprint.TaskPlan plan() {
            return new PlanBlueprint.TaskPlan(nodeCode, code, title, leadId, collaboratingIds, collaborators,
                    officer, phone, budget, continuing, representative, background, details, before, after,
                    schedule, kpis, null, null);
        }
    }

    private Map<String, TaskDraft> tasks(Table t, Set<String> nodeCodes, int year) {
        Map<String, TaskDraft> tasks = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : t.rows()) {
            TaskDraft d = new TaskDraft();
            d.nodeCode = t.required(r, SheetColumn.TASK_NODE);
            if (d.nodeCode != null && !nodeCodes.contains(d.nodeCode) && t.present(SheetColumn.TASK_NODE)) {
                t.problem(r, SheetColumn.TASK_NODE, "sheet.problem.unknownNode", d.nodeCode);
            }
            d.code = t.required(r, SheetColumn.TASK_CODE);
            d.title = t.required(r, SheetColumn.TASK_TITLE);
            d.lead = t.text(r, SheetColumn.TASK_LEAD);
            if (d.lead != null) {
                d.leadId = department(t, r, SheetColumn.TASK_LEAD, d.lead);
            }
            String others = t.text(r, SheetColumn.TASK_DEPARTMENTS);
            if (others != null) {
                for (String name : others.split("[,，、\\n]")) {
                    String n = name.strip();
                    if (n.isEmpty() || d.collaborating.contains(n)) {
                        continue;
                    }
                    d.collaborating.add(n);
                    Long id = department(t, r, SheetColumn.TASK_DEPARTMENTS, n);
                    if (id != null) {
                        d.collaboratingIds.add(id);
                    }
                }
            }
            d.collaborators = t.text(r, SheetColumn.TASK_COLLABORATORS);
            d.officer = t.text(r, SheetColumn.TASK_OFFICER);
            d.phone = t.text(r, SheetColumn.TASK_PHONE);
            d.budget = t.text(r, SheetColumn.TASK_BUDGET);
            d.continuing = t.mark(r, SheetColumn.TASK_CONTINUING);
            d.representative = t.mark(r, SheetColumn.TASK_REPRESENTATIVE);
            d.background = t.text(r, SheetColumn.TASK_BACKGROUND);
            d.details = t.text(r, SheetColumn.TASK_DETAILS);
            d.before = t.text(r, SheetColumn.TASK_BEFORE);
            d.after = t.text(r, SheetColumn.TASK_AFTER);
            String lines = t.text(r, SheetColumn.TASK_SCHEDULE);
            if (lines != null) {
                for (String line : lines.split("\n")) {
                    inlineSchedule(t, r, line.strip(), year, d);
                }
            }
            if (d.code == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(d.code, r.getRowNum() + 1);
            if (earlier != null) {
                t.problem(r, SheetColumn.TASK_CODE, "sheet.problem.duplicateTask", d.code, earlier);
                continue;
            }
            tasks.put(d.code, d);
        }
        return tasks;
    }

    /** 「내용 : 2021. 6~7월」: the text after the last colon is the schedule. */
    private void inlineSchedule(Table t, Row r, String line, int year, TaskDraft d) {
        if (line.isEmpty()) {
            return;
        }
        int colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
        String description = (colon < 0 ? line : line.substring(0, colon)).strip();
        String schedule = colon < 0 ? null : line.substring(colon + 1).strip();
        if (schedule != null && schedule.isEmpty()) {
            schedule = null;
        }
        if (description.isEmpty()) {
            t.problem(r, SheetColumn.TASK_SCHEDULE, "sheet.problem.lineNoDescription", line);
            return;
        }
        if (description.length() > SheetColumn.SCHEDULE_DESCRIPTION.maxLength
                || (schedule != null && schedule.length() > SheetColumn.SCHEDULE_TEXT.maxLength)) {
            t.problem(r, SheetColumn.TASK_SCHEDULE, "sheet.problem.lineTooLong", line,
                    SheetColumn.SCHEDULE_DESCRIPTION.maxLength, SheetColumn.SCHEDULE_TEXT.maxLength);
            return;
        }
        if (schedule != null && year > 0 && PlanWorkbookWriter.undated(schedule, year)) {
            t.problem(r, SheetColumn.TASK_SCHEDULE, "sheet.problem.badScheduleLine", line, schedule, year);
            return;
        }
        d.schedule.add(new PlanBlueprint.ScheduleLine(description, null, schedule));
    }

    private Long department(Table t, Row r, SheetColumn column, String name) {
        Long id = context.departmentIdsByName().get(name);
        if (id == null) {
            t.problem(r, column, "sheet.problem.unknownDepartment", name);
        }
        return id;
    }

    // ---- 「추진일정」

    private void schedule(Table t, Map<String, TaskDraft> tasks, int year) {
        for (Row r : t.rows()) {
            TaskDraft task = task(t, r, SheetColumn.SCHEDULE_TASK, tasks);
            String description = t.required(r, SheetColumn.SCHEDULE_DESCRIPTION);
            String detail = t.text(r, SheetColumn.SCHEDULE_DETAIL);
            String text = t.text(r, SheetColumn.SCHEDULE_TEXT);
            boolean undated = t.mark(r, SheetColumn.SCHEDULE_UNDATED);
            if (text != null && !undated && year > 0 && PlanWorkbookWriter.undated(text, year)) {
                t.problem(r, SheetColumn.SCHEDULE_TEXT, "sheet.problem.badSchedule", text, year);
            }
            if (task != null) {
                task.schedule.add(new PlanBlueprint.ScheduleLine(description, detail, text));
            }
        }
    }

    // ---- 「성과지표」

    private void kpis(Table t, Map<String, TaskDraft> tasks) {
        for (Row r : t.rows()) {
            TaskDraft task = task(t, r, SheetColumn.KPI_TASK, tasks);
            String name = t.required(r, SheetColumn.KPI_NAME);
            String unit = t.required(r, SheetColumn.KPI_UNIT);
            BigDecimal baseline = t.number(r, SheetColumn.KPI_BASELINE, false);
            BigDecimal target = t.number(r, SheetColumn.KPI_TARGET, true);
            KpiDirection direction = direction(t, r);
            KpiFrequency frequency = frequency(t, r);
            String note = t.text(r, SheetColumn.KPI_NOTE);
            KpiAccumulation accumulation = accumulation(t, r);
            if (task != null) {
                task.kpis.add(new PlanBlueprint.Indicator(name, unit, baseline, target, direction, frequency,
                        accumulation, note, null));
            }
        }
    }

    private TaskDraft task(Table t, Row r, SheetColumn column, Map<String, TaskDraft> tasks) {
        String code = t.required(r, column);
        if (code == null) {
            return null;
        }
        TaskDraft task = tasks.get(code);
        if (task == null) {
            t.problem(r, column, "sheet.problem.unknownTask", code);
        }
        return task;
    }

    private KpiDirection direction(Table t, Row r) {
        String v = t.required(r, SheetColumn.KPI_DIRECTION);
        if (v == null) {
            return null;
        }
        for (KpiDirection d : KpiDirection.values()) {
            if (key(v).equals(key(messages.get(directionKey(d)))) || key(v).equals(key(messages.label(d)))) {
                return d;
            }
        }
        t.problem(r, SheetColumn.KPI_DIRECTION, "sheet.problem.badDirection", v);
        return null;
    }

    private KpiFrequency frequency(Table t, Row r) {
        String v = t.text(r, SheetColumn.KPI_FREQUENCY);
        if (v == null) {
            return null;
        }
        for (KpiFrequency f : KpiFrequency.values()) {
            if (key(v).equals(key(messages.label(f)))) {
                return f;
            }
            for (String word : messages.get("sheet.word.frequency." + f.name()).split(",")) {
                if (key(v).equals(key(word))) {
                    return f;
                }
            }
        }
        t.problem(r, SheetColumn.KPI_FREQUENCY, "sheet.problem.badFrequency", v);
        return null;
    }

    /** The optional 「집계」 column: blank or absent means {@link KpiAccumulation#DEFAULT} (누계). */
    private KpiAccumulation accumulation(Table t, Row r) {
        String v = t.present(SheetColumn.KPI_ACCUMULATION) ? t.text(r, SheetColumn.KPI_ACCUMULATION) : null;
        if (v == null) {
            return null;
        }
        for (KpiAccumulation a : KpiAccumulation.values()) {
            if (key(v).equals(key(messages.label(a)))) {
                return a;
            }
            for (String word : messages.get("sheet.word.accumulation." + a.name()).split(",")) {
                if (key(v).equals(key(word))) {
                    return a;
                }
            }
        }
        t.problem(r, SheetColumn.KPI_ACCUMULATION, "sheet.problem.badAccumulation", v);
        return null;
    }

    // ---- cells

    /** A table sheet: the header row names the columns; the rows below with anything in a known column. */
    private final class Table {

        private final Sheet sheet;
        private final Map<SheetColumn, Integer> index = new EnumMap<>(SheetColumn.class);

        Table(Sheet sheet, SheetTab tab) {
            this.sheet = sheet;
            Map<String, SheetColumn> byLabel = new HashMap<>();
            for (SheetColumn c : SheetColumn.of(tab)) {
                byLabel.put(key(messages.label(c)), c);
            }
            Row top = sheet.getRow(0);
            if (top != null) {
                for (Cell cell : top) {
                    String label = raw(cell);
                    SheetColumn c = label == null ? null : byLabel.get(key(label));
                    if (c != null && !index.containsKey(c)) {
                        index.put(c, cell.getColumnIndex());
                    }
                }
            }
            for (SheetColumn c : SheetColumn.of(tab)) {
                if (!index.containsKey(c) && c != SheetColumn.TASK_SCHEDULE && c != SheetColumn.SCHEDULE_UNDATED
                        && c != SheetColumn.KPI_ACCUMULATION) {
                    PlanWorkbookReader.this.problem(sheet.getSheetName(), 1, "A", "sheet.problem.missingColumn", messages.label(c));
                }
            }
        }

        boolean present(SheetColumn c) {
            return index.containsKey(c);
        }

        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r != null && index.values().stream().anyMatch(col -> raw(r.getCell(col)) != null)) {
                    rows.add(r);
                }
            }
            return rows;
        }

        private Cell cell(Row r, SheetColumn c) {
            Integer i = index.get(c);
            return i == null ? null : r.getCell(i);
        }

        String text(Row r, SheetColumn c) {
            String v = PlanWorkbookReader.this.text(cell(r, c));
            if (v != null && c.maxLength > 0 && v.length() > c.maxLength) {
                problem(r, c, "sheet.problem.tooLong", messages.label(c), c.maxLength, v.length());
            }
            return v;
        }

        String required(Row r, SheetColumn c) {
            String v = text(r, c);
            if (v == null && present(c)) {
                problem(r, c, "sheet.problem.missing", messages.label(c));
            }
            return v;
        }

        boolean mark(Row r, SheetColumn c) {
            String v = text(r, c);
            if (v == null || NO_MARKS.contains(v.toLowerCase(Locale.ROOT)) || v.equals(messages.get("sheet.word.no"))) {
                return false;
            }
            if (v.equals(YES) || YES_MARKS.contains(v.toLowerCase(Locale.ROOT))
                    || v.equals(messages.get("sheet.word.yes"))) {
                return true;
            }
            problem(r, c, "sheet.problem.badMark", v);
            return false;
        }

        BigDecimal number(Row r, SheetColumn c, boolean required) {
            Cell cell = cell(r, c);
            String shown = PlanWorkbookReader.this.text(cell);
            if (shown == null) {
                if (required && present(c)) {
                    problem(r, c, "sheet.problem.missing", messages.label(c));
                }
                return null;
            }
            BigDecimal v = PlanWorkbookReader.this.number(cell);
            if (v == null || v.abs().compareTo(NUMBER_LIMIT) >= 0) {
                problem(r, c, "sheet.problem.badNumber", messages.label(c), shown);
                return null;
            }
            return v;
        }

        void problem(Row r, SheetColumn c, String key, Object... args) {
            Integer i = index.get(c);
            PlanWorkbookReader.this.problem(sheet.getSheetName(), r.getRowNum() + 1,
                    CellReference.convertNumToColString(i == null ? 0 : i), key, args);
        }
    }

    /** The cell as shown, apostrophe of the export taken off, cleaned; blank is null. */
    private String text(Cell cell) {
        String v = raw(cell);
        return v == null ? null : TextInput.clean(CellText.read(v), true);
    }

    private String raw(Cell cell) {
        if (cell == null) {
            return null;
        }
        String v;
        try {
            v = formatter.formatCellValue(cell);
        } catch (RuntimeException e) {
            v = null;
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** A number cell as its value (15 significant digits, as the spreadsheet shows it), or text read as a number. */
    private BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return Double.isFinite(d) ? new BigDecimal(NumberToTextConverter.toText(d)) : null;
        }
        String v = text(cell);
        if (v == null) {
            return null;
        }
        String plain = v.replace(",", "").replace(" ", "");
        if (plain.length() > 30) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void problem(String sheet, int row, String column, String key, Object... args) {
        if (problems.size() >= MAX_PROBLEMS) {
            moreProblems++;
            return;
        }
        problems.add(new SheetProblem(sheet, row, column, key, messages.get(key, args)));
    }

    /** How labels and words compare: spaces and case do not count. */
    private static String key(String s) {
        return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}

package kr.innotrack.plan.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.innotrack.plan.KpiAccumulation;
import kr.innotrack.plan.ParsedSchedule;
import kr.innotrack.plan.PlanBlueprint;
import kr.innotrack.plan.ScheduleParser;
import kr.innotrack.shared.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the plan workbook (.xlsx): the 안내 sheet, 「계획」 (one item per row), 「추진체계」, 「과제」, 「추진일정」 and
 * 「성과지표」 (one row each, a Korean header row, frozen, sensible widths). With no blueprint it is the empty template;
 * with one it is that plan, which {@link PlanWorkbookReader} reads back to the same blueprint. Every text cell goes
 * through {@link CellText} (the formula-injection rule); numbers are number cells.
 */
final class PlanWorkbookWriter {

    static final int GUIDE_LINES = 14;

    private final Messages messages;
    private Workbook workbook;
    private CellStyle header;
    private CellStyle wrap;

    PlanWorkbookWriter(Messages messages) {
        this.messages = messages;
    }

    /** The empty template. */
    byte[] template() {
        return write(null, id -> null);
    }

    /** The plan as a workbook; {@code departmentName} turns a department id into its name. */
    byte[] write(PlanBlueprint plan, Function<Long, String> departmentName) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            this.workbook = wb;
            header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            guide();
            planSheet(plan == null ? null : plan.header());
            Sheet nodes = table(SheetTab.NODES);
            Sheet tasks = table(SheetTab.TASKS);
            Sheet schedule = table(SheetTab.SCHEDULE);
            Sheet kpis = table(SheetTab.KPIS);
            if (plan != null) {
                for (PlanBlueprint.Node n : plan.nodes()) {
                    Row r = nodes.createRow(nodes.getLastRowNum() + 1);
                    text(r, 0, n.code());
                    text(r, 1, n.parentCode());
                    text(r, 2, n.name());
                    text(r, 3, n.levelName());
                    text(r, 4, n.category());
                    text(r, 5, mark(n.mandatory()));
                }
                int year = plan.header().year();
                for (PlanBlueprint.TaskPlan t : plan.tasks()) {
                    Row r = tasks.createRow(tasks.getLastRowNum() + 1);
                    text(r, 0, t.nodeCode());
                    text(r, 1, t.code());
                    text(r, 2, t.title());
                    text(r, 3, t.leadDepartmentId() == null ? null : departmentName.apply(t.leadDepartmentId()));
                    text(r, 4, t.collaboratingDepartmentIds().stream().map(departmentName)
                            .collect(Collectors.joining(", ")));
                    text(r, 5, t.collaborators());
                    text(r, 6, t.officer());
                    text(r, 7, t.phone());
                    text(r, 8, t.budgetText());
                    text(r, 9, mark(t.continuing()));
                    text(r, 10, mark(t.representative()));
                    text(r, 11, t.background());
                    text(r, 12, t.details());
                    text(r, 13, t.before());
                    text(r, 14, t.after());
                    // 추진일정 column left empty: the lines go to the 「추진일정」 sheet, with their details
                    for (PlanBlueprint.ScheduleLine s : t.schedule()) {
                        Row m = schedule.createRow(schedule.getLastRowNum() + 1);
                        text(m, 0, t.code());
                        text(m, 1, s.description());
                        text(m, 2, s.detail());
                        text(m, 3, s.scheduleText());
                        text(m, 4, mark(undated(s.scheduleText(), year)));
                    }
                    for (PlanBlueprint.Indicator k : t.kpis()) {
                        Row m = kpis.createRow(kpis.getLastRowNum() + 1);
                        text(m, 0, t.code());
                        text(m, 1, k.name());
                        text(m, 2, k.unit());
                        number(m, 3, k.baseline());
                        number(m, 4, k.target());
                        text(m, 5, k.direction() == null ? null : messages.get(PlanWorkbookReader.directionKey(k.direction())));
                        text(m, 6, k.frequency() == null ? null : messages.label(k.frequency()));
                        text(m, 7, k.sourceNote());
                        text(m, 8, messages.label(k.accumulation() == null ? KpiAccumulation.DEFAULT : k.accumulation()));
                    }
                }
            }
            wb.setActiveSheet(plan == null ? 0 : 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schedule text the parser cannot read (「해당 기간 중」) is kept as written, marked 날짜 없음. */
    static boolean undated(String scheduleText, int year) {
        if (scheduleText == null || scheduleText.isBlank()) {
            return false;
        }
        ParsedSchedule p = ScheduleParser.parse(scheduleText, year);
        return p.start() == null && p.months().isEmpty() && p.recurrence() == null;
    }

    private String mark(boolean yes) {
        return yes ? PlanWorkbookReader.YES : null;
    }

    private void guide() {
        Sheet s = workbook.createSheet(messages.label(SheetTab.GUIDE));
        s.setColumnWidth(0, 120 * 256);
        for (int i = 1; i <= GUIDE_LINES; i++) {
            Row r = s.createRow(i - 1);
            Cell c = r.createCell(0);
            c.setCellValue(messages.get("sheet.guide." + i));
            c.setCellStyle(i == 1 ? header : wrap);
        }
    }

    private void planSheet(PlanBlueprint.Header h) {
        Sheet s = workbook.createSheet(messages.label(SheetTab.PLAN));
        s.setColumnWidth(0, 18 * 256);
        s.setColumnWidth(1, 80 * 256);
        Row top = s.createRow(0);
        headerCell(top, 0, messages.get("sheet.plan.item"));
        headerCell(top, 1, messages.get("sheet.plan.value"));
        s.createFreezePane(0, 1);
        PlanBlueprint.Calendar c = h == null || h.calendar() == null ? PlanBlueprint.Calendar.EMPTY : h.calendar();
        for (PlanField f : PlanField.values()) {
            Row r = s.createRow(f.ordinal() + 1);
            Cell label = r.createCell(0);
            label.setCellValue(messages.label(f));
            label.setCellStyle(header);
            if (h == null) {
                continue;
            }
            switch (f) {
                case YEAR -> r.createCell(1).setCellValue(h.year());
                case TITLE -> text(r, 1, h.title());
                case SUBTITLE -> text(r, 1, h.subtitle());
                case VISION -> text(r, 1, h.vision());
                case GOAL -> text(r, 1, h.goal());
                case STRATEGIES -> text(r, 1, h.strategies());
                case DIRECTIONS -> text(r, 1, h.directions());
                case CALENDAR_PLANNING -> text(r, 1, c.planning());
                case CALENDAR_FOCUS -> text(r, 1, c.focusSelection());
                case CALENDAR_CHECKS -> text(r, 1, c.checks());
                case CALENDAR_FEEDBACK -> text(r, 1, c.feedback());
                case CALENDAR_EVALUATION -> text(r, 1, c.evaluation());
                default -> throw new IllegalStateException(f.name());
            }
        }
    }

    private Sheet table(SheetTab tab) {
        Sheet s = workbook.createSheet(messages.label(tab));
        List<SheetColumn> columns = SheetColumn.of(tab);
        Row top = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            headerCell(top, i, messages.label(columns.get(i)));
            s.setColumnWidth(i, columns.get(i).width * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private void headerCell(Row r, int column, String text) {
        Cell c = r.createCell(column);
        c.setCellValue(text);
        c.setCellStyle(header);
    }

    private void text(Row r, int column, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell c = r.createCell(column);
        c.setCellValue(CellText.write(value));
        if (value.indexOf('\n') >= 0) {
            c.setCellStyle(wrap);
        }
    }

    private static void number(Row r, int column, BigDecimal value) {
        if (value != null) {
            r.createCell(column).setCellValue(value.doubleValue());
        }
    }
}

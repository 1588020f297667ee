package kr.innotrack.plan.sheet;

/**
 * One problem of an uploaded workbook, at its cell: the sheet's name, the row as the spreadsheet numbers it (from 1),
 * the column letter, and the message in words ({@code messageKey} is kept for tests).
 */
public record SheetProblem(String sheet, int row, String column, String messageKey, String message) {

    public String cell() {
        return column + row;
    }
}

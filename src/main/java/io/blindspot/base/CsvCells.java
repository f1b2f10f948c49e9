package io.blindspot.base;

/**
 * Cells for CSV files people open in a spreadsheet (OWASP "CSV injection"): a cell that starts a
 * formula ({@code = + - @}, possibly after spaces, or a tab or carriage return) gets a leading
 * apostrophe, so the spreadsheet shows it as text instead of running it. A plain number such as
 * {@code -42.5} is no formula and stays a number.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || cell.matches("-?\\d+(\\.\\d+)?")) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return "'" + cell;
        }
        String start = cell.stripLeading();
        if (start.isEmpty()) {
            return cell;
        }
        char lead = start.charAt(0);
        return lead == '=' || lead == '+' || lead == '-' || lead == '@' ? "'" + cell : cell;
    }
}

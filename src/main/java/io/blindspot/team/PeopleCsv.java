package io.blindspot.team;

import io.blindspot.security.ManagedAccount.NewPerson;
import io.blindspot.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people file: a header row naming the columns {@code name, email, username, roles,
 * team} (any order, any case; {@code e-mail} also accepted), then one person a row. Roles are
 * separated by {@code ;} or {@code |} and given by name or label ({@code EXECUTIVE} or
 * {@code Executive}); an empty cell means Executive. Only the file's shape is checked here; whether
 * a person can be created is the account administration's check.
 */
final class PeopleCsv {

    static final int MAX_ROWS = 1000;
    static final List<String> COLUMNS = List.of("name", "email", "username", "roles", "team");

    record Row(int number, NewPerson person, String team) {}

    record Parsed(List<Row> rows, List<PeopleImport.RowProblem> problems) {}

    Parsed parse(String text) {
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<PeopleImport.RowProblem>();
        if (text == null || text.isBlank()) {
            problems.add(PeopleImport.RowProblem.of(1, "", "team.import.refused.empty"));
            return new Parsed(rows, problems);
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(stripBom(text)))) {
            Map<String, String> header = columns(parser.getHeaderNames(), problems);
            if (!problems.isEmpty()) {
                return new Parsed(rows, problems);
            }
            for (CSVRecord record : parser) {
                // the header is record 1, so a record's number is its row in a spreadsheet
                int number = (int) record.getRecordNumber() + 1;
                if (rows.size() == MAX_ROWS) {
                    problems.add(PeopleImport.RowProblem.of(number, "", "team.import.refused.too-many", MAX_ROWS));
                    break;
                }
                rows.add(row(number, record, header, problems));
            }
        } catch (IOException | RuntimeException e) {
            // Commons CSV's own words say where the file breaks; they stay as the parser gave them
            problems.add(PeopleImport.RowProblem.of(
                    0, "", "team.import.refused.unreadable", String.valueOf(e.getMessage())));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(PeopleImport.RowProblem.of(2, "", "team.import.refused.nobody"));
        }
        return new Parsed(rows, problems);
    }

    /** Our column name for each header the file uses. */
    private static Map<String, String> columns(List<String> headers, List<PeopleImport.RowProblem> problems) {
        var found = new java.util.HashMap<String, String>();
        for (String header : headers) {
            String key = header.trim().toLowerCase(Locale.ROOT).replace("e-mail", "email");
            if (COLUMNS.contains(key)) {
                found.put(key, header);
            }
        }
        for (String column : COLUMNS) {
            if (!found.containsKey(column)) {
                problems.add(PeopleImport.RowProblem.of(
                        1, column, "team.import.refused.no-column", column, String.join(", ", COLUMNS)));
            }
        }
        return found;
    }

    private static Row row(
            int number, CSVRecord record, Map<String, String> header, List<PeopleImport.RowProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String rolesCell = cell(record, header, "roles");
        if (rolesCell == null) {
            roles.add(Role.EXECUTIVE);
        } else {
            for (String name : rolesCell.split("[;|]")) {
                if (name.isBlank()) {
                    continue;
                }
                var role = role(name.trim());
                if (role == null) {
                    problems.add(PeopleImport.RowProblem.of(
                            number, "roles", "team.import.refused.unknown-role", name.trim()));
                } else {
                    roles.add(role);
                }
            }
        }
        var person = new NewPerson(
                cell(record, header, "name"), cell(record, header, "email"), cell(record, header, "username"), roles);
        return new Row(number, person, cell(record, header, "team"));
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equalsIgnoreCase(name) || role.label().equalsIgnoreCase(name)) {
                return role;
            }
        }
        return null;
    }

    private static String cell(CSVRecord record, Map<String, String> header, String column) {
        String name = header.get(column);
        if (name == null || !record.isSet(name)) {
            return null;
        }
        String value = record.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

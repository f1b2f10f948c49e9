package io.blindspot.team.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.blindspot.security.AccountService;
import io.blindspot.support.KaribuTest;
import io.blindspot.team.PeopleImport.Imported;
import io.blindspot.team.PeopleImport.RowProblem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PeopleImportViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    PeopleImportView view;
    String run;

    @BeforeEach
    void open() {
        run = Long.toString(System.nanoTime(), 36);
        login("admin");
        navigate("admin/users/import");
        view = _get(PeopleImportView.class);
    }

    @Test
    void problems_are_listed_and_the_import_stays_disabled_until_a_clean_check() {
        _setValue(view.csv, "name,email,username,roles,team\nNo Mail,bad,nm." + run + ",,\n");
        _click(view.check);

        assertThat(view.problems.getListDataView().getItems().toList())
                .extracting(RowProblem::row, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "email"));
        assertThat(view.importButton.isEnabled()).isFalse();
        assertThat(view.outcome.getText()).contains("1 problems");
        assertThat(view.csv.getValue()).as("the text is kept to fix").contains("nm." + run);
    }

    @Test
    void a_clean_check_enables_the_import_which_lists_the_new_links() {
        _setValue(view.csv, "name,email,username,roles,team\nIm Ported,,imp." + run + ",HR,\n");
        _click(view.check);
        assertThat(view.importButton.isEnabled()).isTrue();
        assertThat(accounts.exists("imp." + run)).isFalse();

        _click(view.importButton);

        assertThat(accounts.exists("imp." + run)).isTrue();
        assertThat(view.results.getListDataView().getItems().toList())
                .extracting(i -> i.link().username(), Imported::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("imp." + run, 2));
        assertThat(view.outcome.getText()).startsWith("1 people imported");
    }

    @Test
    void a_german_administrator_reads_every_row_problem_in_german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        _setValue(
                view.csv, "name,email,username,roles,team\nNo Mail,bad,nm." + run + ",CEO,\nAgain,,nm." + run + ",,\n");

        _click(view.check);

        var shown = java.util.stream.IntStream.range(
                        0, view.problems.getListDataView().getItemCount())
                .mapToObj(row -> _getFormattedRow(view.problems, row))
                .toList();
        assertThat(shown)
                .containsExactly(
                        List.of(
                                "2",
                                "roles",
                                "Unbekannte Rolle „CEO“. Verwenden Sie EXECUTIVE, FACILITATOR, HR oder ADMIN."),
                        List.of("2", "email", "‘bad’ ist keine E-Mail-Adresse."),
                        List.of("3", "username", "„nm." + run + "“ steht bereits in Zeile 2."));
        assertThat(view.outcome.getText()).startsWith("3 Probleme: ");
    }

    @Test
    void editing_the_text_after_the_check_disables_the_import_again() {
        _setValue(view.csv, "name,email,username,roles,team\nEd It,,edit." + run + ",,\n");
        _click(view.check);
        _setValue(view.csv, view.csv.getValue() + "Sneaky,,sneaky." + run + ",ADMIN,\n");

        assertThat(view.importButton.isEnabled()).isFalse();
    }
}

package io.blindspot.workshop.ui;

import io.blindspot.workshop.NewWorkshop;
import java.util.ArrayList;
import java.util.List;

/** New participants typed one per line as "name, e-mail", as the create form and the board take them. */
final class NewPeopleText {

    private NewPeopleText() {}

    static List<NewWorkshop.NewPerson> parse(String text) {
        var result = new ArrayList<NewWorkshop.NewPerson>();
        if (text == null) {
            return result;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            result.add(
                    comma < 0
                            ? new NewWorkshop.NewPerson(line.trim(), "")
                            : new NewWorkshop.NewPerson(
                                    line.substring(0, comma).trim(),
                                    line.substring(comma + 1).trim()));
        }
        return result;
    }
}

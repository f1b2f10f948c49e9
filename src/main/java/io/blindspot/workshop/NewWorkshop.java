package io.blindspot.workshop;

import java.time.LocalDate;
import java.util.List;

/**
 * What a facilitator fills in to create a workshop.
 *
 * @param existingTeamId the team to work with (e.g. for a follow-up round); {@code null} to create
 *     {@code teamName} from {@code people} and {@code newPeople}
 * @param people usernames of existing people to take part
 * @param newPeople people without an account yet: they get an executive account and a one-time
 *     link to set their password
 * @param leader the username of who leads the team, or {@code null}
 * @param followsWorkshopId the earlier round this one follows up, or {@code null}
 * @param instrumentVersionId the stored questionnaire version every participant is assigned, or
 *     {@code null} for the current version of the default instrument
 */
public record NewWorkshop(
        String title,
        LocalDate date,
        LocalDate deadline,
        Long existingTeamId,
        String teamName,
        List<String> people,
        List<NewPerson> newPeople,
        String leader,
        int minimumGroupSize,
        Long followsWorkshopId,
        Long instrumentVersionId) {

    public NewWorkshop {
        people = people == null ? List.of() : List.copyOf(people);
        newPeople = newPeople == null ? List.of() : List.copyOf(newPeople);
    }

    /** Someone new, by name and e-mail. */
    public record NewPerson(String name, String email) {}
}

package io.blindspot.assessment;

/** A person an assessment can be assigned to. */
public record Assignee(String username, String displayName) {

    public String label() {
        return displayName + " (" + username + ")";
    }
}

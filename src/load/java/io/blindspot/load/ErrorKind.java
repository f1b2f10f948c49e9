package io.blindspot.load;

/** What went wrong with one request or step, as the report counts it. */
enum ErrorKind {
    HTTP_STATUS("HTTP error status"),
    TIMEOUT("no response within load.timeout"),
    CONNECTION("connection failed"),
    RESYNC("Vaadin asked the client to resynchronize"),
    SESSION_EXPIRED("Vaadin session expired or UI not found"),
    APP_ERROR("Vaadin reported an application error (meta.appError)"),
    PROTOCOL("response not as the Vaadin client expects (bad JSON, wrong clientId)"),
    NOT_ACKNOWLEDGED("response arrived but the page did not show the answer as saved"),
    UNEXPECTED_PAGE("the expected screen or button was not in the UI"),
    LOGIN_REFUSED("the login form did not log in");

    private final String meaning;

    ErrorKind(String meaning) {
        this.meaning = meaning;
    }

    String meaning() {
        return meaning;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

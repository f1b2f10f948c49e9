package io.blindspot.scoring;

/**
 * Warning signs that a person's answers may not describe them well. A flag does not reject a
 * result; it marks it, so the report can say so and team findings that rest on it are weakened.
 * {@link QualityCheck} documents when each flag is raised.
 */
public enum QualityFlag {
    STRAIGHT_LINING(
            "Almost every statement got the same answer, so the answers may not reflect what the" + " statements say."),
    SPEEDING("The questionnaire was answered faster than the statements can be read."),
    INCONSISTENT("Answers to statements and to their opposites do not fit together, for example agreeing"
            + " both with pushing for decisions and with letting others set the direction."),
    INCOMPLETE("Some statements were left unanswered; the scores rest on the answered ones only.");

    private final String explanation;

    QualityFlag(String explanation) {
        this.explanation = explanation;
    }

    /** One plain sentence for the person and the facilitator. */
    public String explanation() {
        return explanation;
    }
}

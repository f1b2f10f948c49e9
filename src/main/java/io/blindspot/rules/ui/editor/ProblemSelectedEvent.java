package io.blindspot.rules.ui.editor;

import com.vaadin.flow.component.ComponentEvent;

/** The author picked a problem in the list (click, or Enter/Space on it): open its file and jump there. */
public class ProblemSelectedEvent extends ComponentEvent<ProblemsList> {

    private final Problem problem;

    public ProblemSelectedEvent(ProblemsList source, boolean fromClient, Problem problem) {
        super(source, fromClient);
        this.problem = problem;
    }

    public Problem getProblem() {
        return problem;
    }
}

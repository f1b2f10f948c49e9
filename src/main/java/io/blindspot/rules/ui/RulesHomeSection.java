package io.blindspot.rules.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.base.Formats;
import io.blindspot.rules.live.RuleEngineStatus;
import io.blindspot.rules.store.RuleSetVersionSummary;
import java.util.Locale;
import java.util.Optional;

/** For HR: which rule-set version is live, and whether a change was refused. */
class RulesHomeSection extends VerticalLayout {

    final Paragraph liveVersion = new Paragraph();
    final Paragraph problem = new Paragraph();

    RulesHomeSection(Optional<RuleSetVersionSummary> latest, RuleEngineStatus status) {
        addClassName("home-section");
        setPadding(false);
        add(new H3("Rule base"));
        liveVersion.addClassName("live-rule-set");
        if (status.available()) {
            liveVersion.setText(latest.filter(v -> v.version() == status.liveVersion())
                    .map(v -> "Live rule set: version " + v.version() + ", " + v.fileCount() + " files, published "
                            + Formats.dateTime(v.createdAt()) + " by " + v.author() + " ("
                            + v.source().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
                    .orElse("Live rule set: version " + status.liveVersion()));
        } else {
            liveVersion.setText("No rule set is live: " + status.unavailableReason());
            liveVersion.addClassName("problem");
        }
        add(liveVersion);
        if (status.rejection() != null) {
            var rejection = status.rejection();
            problem.setText("The rule files from " + rejection.origin() + " were refused on "
                    + Formats.dateTime(rejection.at()) + " with "
                    + rejection.errors().size() + " error(s) and "
                    + rejection.failedScenarios().size() + " failed scenario(s); see Rule sets.");
            problem.addClassName("problem");
            add(problem);
        }
    }
}

package io.blindspot.base.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.rules.store.RuleSetVersionSummary;
import java.util.Optional;

/** For HR: which rule-set version is live. */
class RulesHomeSection extends VerticalLayout {

    final Paragraph liveVersion = new Paragraph();

    RulesHomeSection(Optional<RuleSetVersionSummary> latest) {
        addClassName("home-section");
        setPadding(false);
        add(new H3("Rule base"));
        liveVersion.addClassName("live-rule-set");
        liveVersion.setText(latest.map(v -> "Live rule set: version " + v.version() + ", " + v.fileCount()
                        + " files, published " + Formats.dateTime(v.createdAt()) + " by " + v.author()
                        + " (" + v.source().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")")
                .orElse("No rule set has been published yet."));
        add(liveVersion);
    }
}

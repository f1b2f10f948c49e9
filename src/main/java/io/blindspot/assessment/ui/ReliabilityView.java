package io.blindspot.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.InstrumentReliability;
import io.blindspot.assessment.ReliabilityService;
import io.blindspot.scoring.Scale;
import io.blindspot.scoring.ScaleReliability;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** HR and administrators: Cronbach's alpha per scale of each instrument version, weak ones marked. */
@Route("admin/reliability")
@PageTitle("Reliability · Blindspot")
@Menu(order = 50, title = "assessment.nav.reliability", icon = "vaadin:chart")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class ReliabilityView extends VerticalLayout {

    static final String EXPLANATION = "Cronbach's alpha says how strongly the statements of a scale move together"
            + " across people (1 = they measure one thing, 0 = noise); below "
            + ScaleReliability.WEAK_BELOW
            + " a large part of the differences between scores is measurement noise, so the scale is marked weak.";

    final Grid<InstrumentReliability> versions = new Grid<>(InstrumentReliability.class, false);

    ReliabilityView(ReliabilityService reliability) {
        add(new H2("Reliability"), new Paragraph(EXPLANATION));
        versions.addColumn(r -> r.instrumentKey() + " v" + r.version())
                .setHeader("Instrument")
                .setFlexGrow(2);
        versions.addColumn(InstrumentReliability::n).setHeader("n");
        for (Scale scale : Scale.values()) {
            versions.addComponentColumn(r -> cell(r.scales().get(scale.ordinal())))
                    .setHeader(scale.label() + " α");
        }
        versions.setAllRowsVisible(true);
        versions.setItems(reliability.perInstrumentVersion());
        add(versions);
    }

    /**
     * One alpha: two decimals, a red "weak" badge below the floor; "not enough results yet" below
     * the documented number of results or when undefined.
     */
    static Span cell(ScaleReliability scale) {
        if (!scale.isShowable()) {
            var undefined = new Span(
                    "not enough results yet (n = " + scale.n() + ", " + ScaleReliability.MIN_RESULTS + " needed)");
            undefined.addClassName("reliability-undefined");
            return undefined;
        }
        var alpha = new Span(String.format(Locale.ROOT, "%.2f", scale.alpha()) + (scale.weak() ? " weak" : ""));
        if (scale.weak()) {
            alpha.addClassName("reliability-weak");
            alpha.getElement().getThemeList().add("badge error");
        }
        return alpha;
    }
}

package io.blindspot.assessment.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.assessment.InstrumentReliability;
import io.blindspot.assessment.ReliabilityService;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.scoring.Scale;
import io.blindspot.scoring.ScaleReliability;
import io.blindspot.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** HR and administrators: Cronbach's alpha per scale of each instrument version, weak ones marked. */
@Route("admin/reliability")
@Menu(order = 50, title = "assessment.nav.reliability", icon = "vaadin:chart")
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class ReliabilityView extends VerticalLayout implements TranslatedTitle {

    final Grid<InstrumentReliability> versions = new Grid<>(InstrumentReliability.class, false);

    ReliabilityView(ReliabilityService reliability) {
        add(
                new H2(getTranslation("assessment.reliability.title")),
                new Paragraph(getTranslation("assessment.reliability.explanation", ScaleReliability.WEAK_BELOW)));
        versions.addColumn(r -> getTranslation(
                        "assessment.reliability.column.version", r.instrumentKey(), String.valueOf(r.version())))
                .setHeader(getTranslation("assessment.reliability.column.instrument"))
                .setFlexGrow(2);
        versions.addColumn(InstrumentReliability::n).setHeader("n");
        for (Scale scale : Scale.values()) {
            versions.addComponentColumn(r -> cell(r.scales().get(scale.ordinal())))
                    .setHeader(getTranslation(
                            "assessment.reliability.column.scale", getTranslation(StyleTexts.scale(scale))));
        }
        versions.setAllRowsVisible(true);
        versions.setItems(reliability.perInstrumentVersion());
        add(versions);
    }

    @Override
    public String titleKey() {
        return "assessment.reliability.title";
    }

    /**
     * One alpha: two decimals, a red "weak" badge below the floor; "not enough results yet" below
     * the documented number of results or when undefined.
     */
    static Span cell(ScaleReliability scale) {
        if (!scale.isShowable()) {
            var undefined = new Span(I18NProvider.translate(
                    "assessment.reliability.not-enough",
                    String.valueOf(scale.n()),
                    String.valueOf(ScaleReliability.MIN_RESULTS)));
            undefined.addClassName("reliability-undefined");
            return undefined;
        }
        var alpha = new Span(I18NProvider.translate(
                scale.weak() ? "assessment.reliability.weak" : "assessment.reliability.alpha", scale.alpha()));
        if (scale.weak()) {
            alpha.addClassName("reliability-weak");
            alpha.getElement().getThemeList().add("badge");
            alpha.getElement().getThemeList().add("error");
        }
        return alpha;
    }
}

package io.blindspot.workshop.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.rules.live.RuleEngineUnavailable;
import io.blindspot.security.Role;
import io.blindspot.workshop.Debrief;
import io.blindspot.workshop.DebriefService;
import io.blindspot.workshop.WorkshopNotFound;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * The debrief on a projector: the whole screen, large type, the team map first, then one finding at
 * a time. Right arrow, space or page down go on; left arrow or page up go back; Escape leaves. It
 * shows the same consent-filtered debrief, so no name of a member who has not consented can appear.
 */
@Route(value = "workshops/:id/present", autoLayout = false)
@RolesAllowed({Role.FACILITATOR_NAME, Role.ADMIN_NAME})
public class PresentationView extends Div implements BeforeEnterObserver, TranslatedTitle {

    private final DebriefService debriefs;
    final Div slide = new Div();
    final Span position = new Span();
    Debrief debrief;
    int current;
    private long id;

    PresentationView(DebriefService debriefs) {
        this.debriefs = debriefs;
        addClassName("presentation");
        slide.addClassName("slide");
        position.addClassName("slide-position");
        var fullScreen = new Button(getTranslation("workshop.present.fullScreen"), e -> getElement()
                .executeJs(
                        "(document.fullscreenElement ? Promise.resolve() : this.requestFullscreen()).catch(() => {})"));
        fullScreen.addClassName("full-screen");
        var hint = new Span(getTranslation("workshop.present.keys"));
        hint.addClassName("keys-hint");
        var footer = new Div(position, hint, fullScreen);
        footer.addClassName("slide-footer");
        add(slide, footer);
        Shortcuts.addShortcutListener(this, this::next, Key.ARROW_RIGHT);
        Shortcuts.addShortcutListener(this, this::next, Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, this::next, Key.SPACE);
        Shortcuts.addShortcutListener(this, this::previous, Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, this::previous, Key.PAGE_UP);
        Shortcuts.addShortcutListener(this, this::leave, Key.ESCAPE);
    }

    @Override
    public String titleKey() {
        return "workshop.present.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            debrief = debriefs.debrief(id, "presentation");
            current = 0;
            render();
        } catch (NumberFormatException | WorkshopNotFound | AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (RuleEngineUnavailable e) {
            slide.removeAll();
            slide.add(
                    new H1(getTranslation("workshop.debrief.noFindingsYet")),
                    new Paragraph(WorkshopTexts.engineUnavailable(this, e)));
        }
    }

    int slides() {
        return 1 + debrief.findings().size();
    }

    void next() {
        if (current < slides() - 1) {
            current++;
            render();
        }
    }

    void previous() {
        if (current > 0) {
            current--;
            render();
        }
    }

    void leave() {
        getUI().ifPresent(ui -> {
            ui.getPage().executeJs("if (document.fullscreenElement) { document.exitFullscreen(); }");
            ui.navigate("workshops/" + id + "/debrief");
        });
    }

    private void render() {
        slide.removeAll();
        position.setText((current + 1) + " / " + slides());
        if (current == 0) {
            slide.add(new H1(debrief.workshop().title()), new H2(debrief.team().name()));
            if (debrief.aggregate() == null) {
                slide.add(new Paragraph(
                        getTranslation("workshop.present.tooFew", debrief.submitted(), debrief.minimumGroupSize())));
            } else {
                slide.add(new Html("<div class=\"team-map-box\">" + TeamMapSvg.map(debrief) + "</div>"));
            }
            return;
        }
        var f = debrief.findings().get(current - 1);
        var severity = new Span(WorkshopTexts.severity(this, f.severity()));
        severity.addClassNames("severity", "severity-" + f.severity().toLowerCase(java.util.Locale.ROOT));
        var question = new Paragraph(f.question());
        question.addClassName("question");
        slide.add(severity, new H1(f.title()), question, new Paragraph(f.explanation()));
        if (!f.coachingActions().isEmpty()) {
            var action = new Paragraph(getTranslation(
                    "workshop.present.try", f.coachingActions().get(0).action()));
            action.addClassName("action");
            slide.add(action);
        }
    }
}

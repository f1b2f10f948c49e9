package io.blindspot.security.ui.tokens;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.blindspot.base.ui.LocalDates;
import io.blindspot.base.ui.ProblemText;
import io.blindspot.base.ui.TranslatedTitle;
import io.blindspot.security.token.ApiTokenSummary;
import io.blindspot.security.token.ApiTokens;
import jakarta.annotation.security.PermitAll;

/** A person's own API tokens, for scripts and integrations that call the HTTP API (docs/api.md). */
@Route(ApiTokensView.ROUTE)
@Menu(order = 95, title = "security.nav.api-tokens", icon = "vaadin:key")
@PermitAll
public class ApiTokensView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "api-tokens";

    final TextField name = new TextField(getTranslation("security.tokens.name"));
    final IntegerField days = new IntegerField(getTranslation("security.tokens.days"));
    final Button create = new Button(getTranslation("security.tokens.create"));
    /** The new token's secret, shown once; empty and hidden otherwise. */
    final TextField secret = new TextField(getTranslation("security.tokens.secret"));

    final Paragraph secretHint = new Paragraph(getTranslation("security.tokens.secret-hint"));
    final Span problem = new Span();
    final Grid<ApiTokenSummary> tokens = new Grid<>();

    private final ApiTokens service;

    ApiTokensView(ApiTokens service) {
        this.service = service;
        addClassName("api-tokens-view");
        add(new H2(getTranslation("security.tokens.title")));
        add(new Paragraph(getTranslation("security.tokens.intro")));

        name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
        name.setPlaceholder(getTranslation("security.tokens.name-hint"));
        days.setMin(1);
        days.setMax(ApiTokens.MAX_DAYS);
        days.setValue(ApiTokens.DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var form = new HorizontalLayout(name, days, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        problem.addClassName("problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");

        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secretHint.setVisible(false);

        tokens.addColumn(ApiTokenSummary::name)
                .setHeader(getTranslation("security.tokens.name"))
                .setFlexGrow(2);
        tokens.addColumn(t -> LocalDates.dateTime(t.createdAt())).setHeader(getTranslation("security.tokens.created"));
        tokens.addColumn(t -> LocalDates.dateTime(t.expiresAt())).setHeader(getTranslation("security.tokens.expires"));
        tokens.addColumn(this::status).setHeader(getTranslation("security.tokens.status"));
        tokens.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
        tokens.setAllRowsVisible(true);

        add(form, problem, secret, secretHint, tokens);
        refresh();
    }

    private void create() {
        problem.setText("");
        if (days.getValue() == null) {
            problem.setText(getTranslation("security.tokens.days-needed", ApiTokens.MAX_DAYS));
            return;
        }
        try {
            var created = service.create(name.getValue(), days.getValue());
            secret.setValue(created.token());
            secret.setVisible(true);
            secretHint.setVisible(true);
            name.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            // what was typed stays in the fields, so it can be corrected
            problem.setText(ProblemText.of(e));
        }
    }

    private Button revokeButton(ApiTokenSummary token) {
        var revoke = new Button(getTranslation("security.tokens.revoke"), e -> {
            service.revoke(token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.active());
        revoke.getElement().setAttribute("aria-label", getTranslation("security.tokens.revoke-label", token.name()));
        return revoke;
    }

    @Override
    public String titleKey() {
        return "security.tokens.title";
    }

    /** The token's status word; the keys are {@code security.tokens.status.<active|expired|revoked>}. */
    private String status(ApiTokenSummary token) {
        return switch (token.status()) {
            case "active" -> getTranslation("security.tokens.status.active");
            case "expired" -> getTranslation("security.tokens.status.expired");
            default -> getTranslation("security.tokens.status.revoked");
        };
    }

    private void refresh() {
        tokens.setItems(service.mine());
    }
}

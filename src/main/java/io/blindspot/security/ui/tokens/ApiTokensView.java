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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.blindspot.base.Formats;
import io.blindspot.security.token.ApiTokenSummary;
import io.blindspot.security.token.ApiTokens;
import jakarta.annotation.security.PermitAll;

/** A person's own API tokens, for scripts and integrations that call the HTTP API (docs/api.md). */
@Route(ApiTokensView.ROUTE)
@PageTitle("API tokens · Blindspot")
@Menu(order = 95, title = "security.nav.api-tokens", icon = "vaadin:key")
@PermitAll
public class ApiTokensView extends VerticalLayout {

    static final String ROUTE = "api-tokens";

    final TextField name = new TextField("Name");
    final IntegerField days = new IntegerField("Valid for (days)");
    final Button create = new Button("Create token");
    /** The new token's secret, shown once; empty and hidden otherwise. */
    final TextField secret = new TextField("Your new token");

    final Paragraph secretHint = new Paragraph(
            "Copy it now: it is shown only this once. Send it as "
                    + "\"Authorization: Bearer <token>\". Anyone holding it acts with your roles until it expires or you revoke it.");
    final Span problem = new Span();
    final Grid<ApiTokenSummary> tokens = new Grid<>();

    private final ApiTokens service;

    ApiTokensView(ApiTokens service) {
        this.service = service;
        addClassName("api-tokens-view");
        add(new H2("API tokens"));
        add(new Paragraph("A token lets a script call the Blindspot API as you, without your password."));

        name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
        name.setPlaceholder("e.g. HR reporting script");
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

        tokens.addColumn(ApiTokenSummary::name).setHeader("Name").setFlexGrow(2);
        tokens.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader("Created");
        tokens.addColumn(t -> Formats.dateTime(t.expiresAt())).setHeader("Expires");
        tokens.addColumn(ApiTokenSummary::status).setHeader("Status");
        tokens.addComponentColumn(this::revokeButton).setHeader("").setKey("revoke");
        tokens.setAllRowsVisible(true);

        add(form, problem, secret, secretHint, tokens);
        refresh();
    }

    private void create() {
        problem.setText("");
        if (days.getValue() == null) {
            problem.setText("Enter for how many days the token is valid, from 1 to " + ApiTokens.MAX_DAYS + ".");
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
            problem.setText(e.getMessage());
        }
    }

    private Button revokeButton(ApiTokenSummary token) {
        var revoke = new Button("Revoke", e -> {
            service.revoke(token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(token.active());
        revoke.getElement().setAttribute("aria-label", "Revoke " + token.name());
        return revoke;
    }

    private void refresh() {
        tokens.setItems(service.mine());
    }
}

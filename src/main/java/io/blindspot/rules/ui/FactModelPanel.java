package io.blindspot.rules.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.blindspot.rules.workbench.FactReference;

/** What a rule can see: the fact types and {@code params}, read from the code when shown. */
class FactModelPanel extends VerticalLayout {

    final Div types = new Div();
    final UnorderedList parameters = new UnorderedList();

    FactModelPanel() {
        setPadding(false);
        add(
                new H3(getTranslation("rules.facts.title")),
                new Paragraph(getTranslation("rules.facts.intro")),
                types,
                new H3("params"),
                parameters);
        for (var type : FactReference.types()) {
            var body = new Div();
            body.add(new H4(
                    type.kind().equals("values")
                            ? getTranslation("rules.facts.values")
                            : getTranslation("rules.facts.properties")));
            body.add(list(type.properties()));
            if (!type.helpers().isEmpty()) {
                body.add(new H4(getTranslation("rules.facts.helpers")), list(type.helpers()));
            }
            var details = new Details(type.name(), body);
            details.setOpened(type.name().equals("Team") || type.name().equals("TeamMember"));
            types.add(details);
        }
    }

    /** Shows the values of {@code params} as the draft's parameters.yaml sets them. */
    void showParameters(String parametersYaml) {
        parameters.removeAll();
        FactReference.parameters(parametersYaml)
                .forEach((name, value) -> parameters.add(new ListItem("params." + name + " = " + value)));
    }

    private static UnorderedList list(java.util.List<FactReference.Entry> entries) {
        var list = new UnorderedList();
        for (var entry : entries) {
            var item = new ListItem(new Span(entry.signature()));
            if (!entry.meaning().isEmpty()) {
                var meaning = new Span(" — " + entry.meaning());
                meaning.addClassName("fact-meaning");
                item.add(meaning);
            }
            list.add(item);
        }
        return list;
    }
}

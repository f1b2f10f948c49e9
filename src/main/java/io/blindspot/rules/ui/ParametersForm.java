package io.blindspot.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.ParameterField;
import io.blindspot.rules.RuleSetSource;
import io.blindspot.rules.workbench.ParametersYaml;
import io.blindspot.rules.workbench.RuleWorkbench;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code parameters.yaml} as a form: one field per value with its allowed range and what it
 * changes, checked as HR types by the same check the pipeline runs, each problem shown at its
 * field. The file's text stays the source of truth: every change is written into the draft's
 * {@code parameters.yaml} in place (comments and order kept), even a value the check refuses, so
 * nothing typed is lost; Check, Preview impact and Publish then take the draft as always.
 */
class ParametersForm extends VerticalLayout {

    final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    final Button checkAndPreview = new Button(getTranslation("rules.parameters.check-and-preview"));

    private final RuleWorkbench workbench;
    private final Consumer<String> changed;
    private final Map<String, ParameterField> specs = new LinkedHashMap<>();
    /** Fields whose value in the file is no number: marked until the value is replaced. */
    private final Set<String> unreadable = new HashSet<>();

    private String yaml = "";
    private boolean showing;

    /**
     * @param changed receives the new {@code parameters.yaml} text after each change
     * @param checkAndPreviewDraft runs Check and Preview impact on the draft where their results show
     */
    ParametersForm(RuleWorkbench workbench, Consumer<String> changed, Runnable checkAndPreviewDraft) {
        this.workbench = workbench;
        this.changed = changed;
        setPadding(false);
        addClassName("parameters-form");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (ParameterField spec : workbench.parameterFields()) {
            specs.put(spec.name(), spec);
            var field = new BigDecimalField(spec.name());
            field.setId("parameter-" + spec.name());
            field.setClearButtonVisible(true);
            field.setPlaceholder(plain(spec.shipped()));
            field.setHelperText(
                    getTranslation("rules.parameters.helper", spec.meaning(), range(spec), plain(spec.shipped())));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> {
                if (!showing) {
                    edited(spec, e.getValue());
                }
            });
            fields.put(spec.name(), field);
            form.add(field);
        }
        checkAndPreview.addClickListener(e -> checkAndPreviewDraft.run());
        add(
                new H3(RuleSetSource.PARAMETERS),
                new Paragraph(getTranslation("rules.parameters.intro")),
                form,
                checkAndPreview);
    }

    /** Shows the values the draft's {@code parameters.yaml} sets, and what the check says about them. */
    void show(String parametersYaml) {
        yaml = parametersYaml == null ? "" : parametersYaml;
        Map<String, String> written = ParametersYaml.values(yaml);
        showing = true;
        unreadable.clear();
        try {
            fields.forEach((name, field) -> {
                String value = written.get(name);
                field.setInvalid(false);
                try {
                    field.setValue(value == null || value.isEmpty() ? null : new BigDecimal(value));
                } catch (NumberFormatException e) {
                    field.clear();
                    field.setErrorMessage(getTranslation("rules.parameters.not-a-number", value));
                    field.setInvalid(true);
                    unreadable.add(name);
                }
            });
        } finally {
            showing = false;
        }
        showProblems(workbench.checkParameters(yaml), null);
    }

    private void edited(ParameterField spec, BigDecimal value) {
        yaml = ParametersYaml.set(yaml, spec.name(), value == null ? null : plain(value));
        unreadable.remove(spec.name());
        // written into the draft whatever the check says: what HR typed is kept, and Check refuses it
        changed.accept(yaml);
        String outOfRange = value == null || spec.allows(value)
                ? null
                : spec.whole()
                        ? getTranslation("rules.parameters.out-of-range.whole", spec.name(), range(spec), plain(value))
                        : getTranslation("rules.parameters.out-of-range", spec.name(), range(spec), plain(value));
        showProblems(workbench.checkParameters(yaml), outOfRange == null ? null : Map.entry(spec.name(), outOfRange));
    }

    private void showProblems(List<Diagnostic> problems, Map.Entry<String, String> own) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (own != null) {
            byField.put(own.getKey(), own.getValue());
        }
        for (Diagnostic d : problems) {
            // "high/low" style fields name the pair; show it at each of them
            for (String name : d.field().split("/")) {
                // the form's own message for the value just typed says the same, with the value
                boolean saidAlready = own != null && own.getKey().equals(name);
                if (fields.containsKey(name) && !saidAlready) {
                    byField.merge(name, RuleLabels.message(d), (a, b) -> a.equals(b) ? a : a + "; " + b);
                }
            }
        }
        fields.forEach((name, field) -> {
            if (unreadable.contains(name) && !byField.containsKey(name)) {
                return; // the file's own unreadable value stays marked until it is replaced
            }
            String message = byField.get(name);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
    }

    /** The allowed range in words, as {@link ParameterField#range()} says it in English. */
    private String range(ParameterField spec) {
        BigDecimal min = spec.min();
        BigDecimal max = spec.max();
        if (max == null) {
            if (min == null) {
                return getTranslation("rules.parameters.range.any");
            }
            return spec.minInclusive()
                    ? getTranslation("rules.parameters.range.at-least", plain(min))
                    : getTranslation("rules.parameters.range.above", plain(min));
        }
        if (min == null) {
            return getTranslation("rules.parameters.range.at-most", plain(max));
        }
        return spec.minInclusive()
                ? getTranslation("rules.parameters.range.from-to", plain(min), plain(max))
                : getTranslation("rules.parameters.range.above-at-most", plain(min), plain(max));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

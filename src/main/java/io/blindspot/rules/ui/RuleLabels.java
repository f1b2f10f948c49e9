package io.blindspot.rules.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.base.Explained;
import io.blindspot.rules.Diagnostic;
import io.blindspot.rules.Stage;

/** Codes the rules module shows as words: a finding's severity, a version's source, a pipeline step; an unknown code shows as it is. */
final class RuleLabels {

    private RuleLabels() {}

    /** {@code HIGH}, {@code MEDIUM} or {@code LOW} in the person's language. */
    static String severity(String severity) {
        if (severity == null) {
            return "";
        }
        return switch (severity) {
            case "HIGH" -> I18NProvider.translate("rules.findings.severity.HIGH");
            case "MEDIUM" -> I18NProvider.translate("rules.findings.severity.MEDIUM");
            case "LOW" -> I18NProvider.translate("rules.findings.severity.LOW");
            default -> severity;
        };
    }

    /** Where a version came from ({@code FILE_SYSTEM}, {@code API}, {@code ROLLBACK}, {@code EDITOR}), in words. */
    static String source(String source) {
        if (source == null) {
            return "";
        }
        return switch (source) {
            case "FILE_SYSTEM" -> I18NProvider.translate("rules.source.FILE_SYSTEM");
            case "API" -> I18NProvider.translate("rules.source.API");
            case "ROLLBACK" -> I18NProvider.translate("rules.source.ROLLBACK");
            case "EDITOR" -> I18NProvider.translate("rules.source.EDITOR");
            default -> source;
        };
    }

    /** The pipeline step's name as a label before a problem, e.g. "COMPILE". */
    static String stage(Stage stage) {
        return switch (stage) {
            case PARSE -> I18NProvider.translate("rules.stage.PARSE");
            case POLICY -> I18NProvider.translate("rules.stage.POLICY");
            case COMPILE -> I18NProvider.translate("rules.stage.COMPILE");
            case SCENARIO -> I18NProvider.translate("rules.stage.SCENARIO");
            case STORE -> I18NProvider.translate("rules.stage.STORE");
            case SWAP -> I18NProvider.translate("rules.stage.SWAP");
        };
    }

    /**
     * A reason or sentence that carries its text key (why no rule set is live, what the policy
     * refuses), in the person's language; an argument that is itself such a text is said in it too.
     */
    static String reason(Explained reason) {
        Object[] arguments = reason.messageArguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Explained inner) {
                arguments[i] = reason(inner);
            }
        }
        return I18NProvider.translate(reason.messageKey(), arguments);
    }

    /** A problem's message: our own sentences in the person's language, a tool's words as the tool gave them. */
    static String message(Diagnostic diagnostic) {
        return diagnostic.text() == null ? diagnostic.message() : reason(diagnostic.text());
    }
}

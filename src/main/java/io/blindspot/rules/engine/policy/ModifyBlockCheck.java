package io.blindspot.rules.engine.policy;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code modify( $fact ) { setX( ... ), setY( ... ) }}: Drools runs each call in the braces on the
 * fact and then updates it. Each call must be a setter of the fact's type with an allowed argument.
 * The block itself is replaced by {@code update( $fact );} so the rest of the then part can be read
 * as Java.
 */
final class ModifyBlockCheck {

    private final FactModel model;
    private final Bindings bindings;
    private final Violations violations;

    ModifyBlockCheck(FactModel model, Bindings bindings, Violations violations) {
        this.model = model;
        this.bindings = bindings;
        this.violations = violations;
    }

    /** The consequence with each modify block replaced by an update of its target, blocks checked. */
    Snippet replace(Snippet consequence, List<ModifyBlocks.Block> blocks) {
        Snippet result = Snippet.synthetic("", consequence.start());
        int cursor = 0;
        for (ModifyBlocks.Block block : blocks.stream()
                .sorted(Comparator.comparingInt(ModifyBlocks.Block::start))
                .toList()) {
            if (block.start() < cursor || block.end() > consequence.text().length()) {
                violations.at(
                        consequence.fileOffsetAt(block.start()), PolicyText.of("rules.policy.modify-inside-modify"));
                continue;
            }
            int at = consequence.fileOffsetAt(block.start());
            Optional<Class<?>> type = targetType(block.target());
            if (type.isPresent()) {
                checkCalls(consequence, block, type.get());
            } else {
                violations.at(at, PolicyText.of("rules.policy.modify-target", "{ ... }"));
            }
            // spaces around the stand-in, so no backslash before it can join it into an escape
            String standIn = type.isPresent() ? " update(" + block.target() + "); " : " ; ";
            result = result.concat(consequence.slice(cursor, block.start())).concat(Snippet.synthetic(standIn, at));
            cursor = block.end();
        }
        return result.concat(consequence.slice(cursor, consequence.text().length()));
    }

    private void checkCalls(Snippet consequence, ModifyBlocks.Block block, Class<?> type) {
        int searchFrom = block.start();
        for (String call : block.expressions()) {
            int at = consequence.text().indexOf(call, searchFrom);
            Snippet written = at >= 0 && at + call.length() <= block.end()
                    ? consequence.slice(at, at + call.length())
                    : Snippet.synthetic(call, consequence.fileOffsetAt(block.start()));
            searchFrom = Math.max(searchFrom, at);
            setterCall(written, type);
        }
    }

    private void setterCall(Snippet written, Class<?> type) {
        Snippet javac;
        try {
            javac = written.asJavacReadsIt();
        } catch (UnicodeEscapes.IllegalEscape e) {
            violations.at(e.index(), PolicyText.of("rules.policy.unicode-escape"));
            return;
        }
        PolicyText allowed = PolicyText.of(
                hasSetters(type) ? "rules.policy.modify-setters" : "rules.policy.modify-no-setters",
                type.getSimpleName(),
                "{ setName( ... ) }");
        Optional<Expression> parsed = JavaCode.expression(javac, violations, allowed.english());
        if (parsed.isEmpty()) {
            return;
        }
        if (parsed.get() instanceof MethodCallExpr call
                && call.getScope().isEmpty()
                && call.getArguments().size() == 1
                && model.setter(type, call.getNameAsString()).isPresent()) {
            new ExpressionCheck(model, bindings, null, javac, violations).check(call.getArgument(0));
        } else {
            violations.at(JavaCode.offsetOf(parsed.get(), javac), allowed);
        }
    }

    /** The fact type of a modify target such as {@code ( $f )}, read as javac reads it; empty unless a matched fact. */
    private Optional<Class<?>> targetType(String target) {
        String javac;
        try {
            javac = UnicodeEscapes.translate(target).text();
        } catch (UnicodeEscapes.IllegalEscape e) {
            return Optional.empty();
        }
        return JavaCode.quietExpression(javac)
                .map(ConsequenceCheck::unwrap)
                .filter(NameExpr.class::isInstance)
                .map(e -> ((NameExpr) e).getNameAsString())
                .filter(bindings::isMatchedFact)
                .flatMap(bindings::type)
                .filter(t -> t.is(ExprType.Kind.FACT))
                .map(ExprType::type);
    }

    private boolean hasSetters(Class<?> type) {
        return java.util.Arrays.stream(type.getMethods())
                .anyMatch(m -> model.setter(type, m.getName()).isPresent());
    }
}

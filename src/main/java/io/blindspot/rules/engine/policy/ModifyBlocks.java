package io.blindspot.rules.engine.policy;

import java.util.ArrayList;
import java.util.List;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.RecognitionException;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaBlockDescr;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaContainerBlockDescr;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaLexer;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaModifyBlockDescr;
import org.drools.compiler.rule.builder.dialect.java.parser.JavaParser;

/**
 * Finds the {@code modify( $fact ) { ... }} blocks of a consequence with the parser Drools itself
 * uses for them (the one behind {@code JavaExprAnalyzer}), so the policy and the compiler agree on
 * where each block is. {@code modify} is not Java: Drools rewrites each block into calls on the fact
 * before javac sees the consequence.
 */
final class ModifyBlocks {

    /**
     * One block, by index in the consequence text.
     *
     * @param end index after the closing brace (Drools gives the index of the brace, in the wrapped text)
     * @param target the expression in {@code modify( ... )}, as written
     * @param expressions the calls in the braces, as written
     */
    record Block(int start, int end, String target, List<String> expressions) {}

    /**
     * What Drools' parser found.
     *
     * @param error its first complaint about the consequence, or {@code null}; Drools compiles some
     *     consequences it complains about, so the caller decides what a complaint means
     */
    record Found(List<Block> blocks, String error) {}

    private ModifyBlocks() {}

    static Found find(String consequence) {
        // wrapped in braces exactly as JavaExprAnalyzer.analyzeBlock does, so offsets are shifted by one
        QuietLexer lexer = new QuietLexer(new ANTLRStringStream("{" + consequence + "}"));
        JavaParser parser = new JavaParser(new CommonTokenStream(lexer));
        String error = null;
        try {
            parser.block();
        } catch (RecognitionException e) {
            error = String.valueOf(e.getMessage());
        }
        if (error == null && parser.hasErrors()) {
            error = String.valueOf(parser.getErrorMessages().get(0));
        }
        if (error == null) {
            error = lexer.firstError;
        }
        List<Block> blocks = new ArrayList<>();
        collect(parser.getRootBlockDescr(), blocks);
        return new Found(List.copyOf(blocks), error);
    }

    /** Drools' Java lexer prints its errors to stderr; keep the first one for the caller instead. */
    private static final class QuietLexer extends JavaLexer {

        private String firstError;

        QuietLexer(ANTLRStringStream input) {
            super(input);
        }

        @Override
        public void reportError(RecognitionException e) {
            if (firstError == null) {
                firstError = getErrorHeader(e) + " " + getErrorMessage(e, getTokenNames());
            }
        }
    }

    private static void collect(JavaContainerBlockDescr container, List<Block> blocks) {
        for (JavaBlockDescr block : container.getJavaBlockDescrs()) {
            if (block instanceof JavaModifyBlockDescr modify) {
                blocks.add(new Block(
                        modify.getStart() - 1,
                        modify.getEnd(),
                        modify.getTargetExpression(),
                        List.copyOf(modify.getExpressions())));
            }
            if (block instanceof JavaContainerBlockDescr nested) {
                collect(nested, blocks);
            }
        }
    }
}

package io.blindspot.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * "How Blindspot turns answers into a profile" (docs/scoring.md) as HTML, so a person reading their
 * report can follow every formula inside the portal. Rendered once; the file ships in the jar.
 */
@Service
public class ScoringGuide {

    static final String LOCATION = "docs/scoring.md";

    private final String html;

    ScoringGuide() {
        var tables = List.of(TablesExtension.create());
        var document = Parser.builder().extensions(tables).build().parse(read());
        // escapeHtml: the guide is our own file, but nothing in it needs raw HTML
        this.html = HtmlRenderer.builder()
                .extensions(tables)
                .escapeHtml(true)
                .build()
                .render(document);
    }

    /** The guide as an HTML fragment. */
    public String html() {
        return html;
    }

    private static String read() {
        try (var in = new ClassPathResource(LOCATION).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The scoring guide " + LOCATION + " is missing from the build", e);
        }
    }
}

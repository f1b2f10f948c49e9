package io.blindspot.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * "How Blindspot turns answers into a profile" (docs/scoring.md, in German docs/scoring_de.md) as
 * HTML, so a person reading their report can follow every formula inside the portal, in their
 * language. Rendered once; the files ship in the jar.
 */
@Service
public class ScoringGuide {

    static final String LOCATION = "docs/scoring.md";
    static final String GERMAN_LOCATION = "docs/scoring_de.md";

    private final String english;
    private final String german;

    ScoringGuide() {
        this.english = render(LOCATION);
        this.german = render(GERMAN_LOCATION);
    }

    /** The guide as an HTML fragment: in German for German speakers, in English for everyone else. */
    public String html(Locale locale) {
        return locale != null && Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? german : english;
    }

    private static String render(String location) {
        var tables = List.of(TablesExtension.create());
        var document = Parser.builder().extensions(tables).build().parse(read(location));
        // escapeHtml: the guide is our own file, but nothing in it needs raw HTML
        return HtmlRenderer.builder()
                .extensions(tables)
                .escapeHtml(true)
                .build()
                .render(document);
    }

    private static String read(String location) {
        try (var in = new ClassPathResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The scoring guide " + location + " is missing from the build", e);
        }
    }
}

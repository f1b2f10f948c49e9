package io.blindspot.base.ui;

import com.vaadin.flow.component.Component;
import org.springframework.security.core.Authentication;

/**
 * A feature's part of the home page. The shell shows, lowest {@link #order()} first, every section
 * that {@link #appliesTo applies to} the person logged in. A feature adds a section by declaring a
 * Spring bean of this type, so the shell composes the page without importing any feature.
 */
public interface HomeSection {

    /** Where the section stands on the home page, lowest first. */
    int order();

    /** Whether this person sees the section, usually because of a role they hold. */
    boolean appliesTo(Authentication user);

    /** A new component with the person's current data; called once each time the home page is built. */
    Component create();
}

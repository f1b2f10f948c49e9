package io.blindspot.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;

/** A view whose browser-tab title follows the person's language: the translated key, then the product's name. */
public interface TranslatedTitle extends HasDynamicTitle {

    /** The key of the view's own title, such as {@code shell.home.title}. */
    String titleKey();

    @Override
    default String getPageTitle() {
        return I18NProvider.translate(titleKey()) + " · Blindspot";
    }
}

package io.blindspot.shell.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/** Page-wide settings: the CSS theme in {@code frontend/themes/blindspot} and a phone-friendly viewport. */
@Theme("blindspot")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {}

/**
 * What every feature's views may share: the {@link io.blindspot.base.ui.HomeSection} through which
 * a feature contributes its part of the home page. Menu entries come from {@code @Menu} on the
 * views themselves.
 */
@NamedInterface("ui")
package io.blindspot.base.ui;

import org.springframework.modulith.NamedInterface;

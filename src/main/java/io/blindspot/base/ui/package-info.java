/**
 * What every feature's views may share: the {@link io.blindspot.base.ui.HomeSection} through which
 * a feature contributes its part of the home page, and the {@link io.blindspot.base.ui.AccountAction}
 * through which a feature offers an action on an account in the administrators' users list. Menu entries come from {@code @Menu} on the
 * views themselves.
 */
@NamedInterface("ui")
package io.blindspot.base.ui;

import org.springframework.modulith.NamedInterface;

/**
 * The views of a person's data: "My data" for everyone signed in, and the erase dialog that the
 * administrators' users list offers through {@link io.blindspot.base.ui.AccountAction}.
 */
package io.blindspot.privacy.ui;

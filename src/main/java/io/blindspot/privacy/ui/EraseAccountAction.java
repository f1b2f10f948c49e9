package io.blindspot.privacy.ui;

import com.vaadin.flow.i18n.I18NProvider;
import io.blindspot.base.ui.AccountAction;
import io.blindspot.privacy.Erasure;
import org.springframework.stereotype.Component;

/** Offers "Erase…" in the administrators' users list. */
@Component
class EraseAccountAction implements AccountAction {

    private final Erasure erasure;

    EraseAccountAction(Erasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public String label() {
        return I18NProvider.translate("privacy.erase.action");
    }

    @Override
    public void open(long accountId, String username, Runnable done) {
        new EraseDialog(erasure, accountId, username, done).open();
    }
}

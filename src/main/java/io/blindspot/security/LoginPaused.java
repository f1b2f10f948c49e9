package io.blindspot.security;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A login (or a password change) that must wait after too many wrong passwords. It carries its text
 * key, so the login page says how long to wait in the browser's language; the message is English.
 */
public class LoginPaused extends LockedException implements Explained {

    private final String key;
    private final long amount;

    private LoginPaused(String key, long amount) {
        super(Messages.english(key, amount));
        this.key = key;
        this.amount = amount;
    }

    /** Too many wrong passwords for this account from this address: wait for the whole window. */
    public static LoginPaused fromHere(Duration window) {
        return new LoginPaused("security.login.pause.from-here", window.toMinutes());
    }

    /** Too many wrong passwords for this account from anywhere: a short, growing delay. */
    public static LoginPaused forSeconds(long seconds) {
        return new LoginPaused("security.login.pause.seconds", seconds);
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {amount};
    }
}

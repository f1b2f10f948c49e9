package io.blindspot.workshop;

import io.blindspot.base.Explained;
import io.blindspot.base.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No workshop has this id; the API answers 404 with the English reason, a view says it in the person's language. */
public class WorkshopNotFound extends ResponseStatusException implements Explained {

    private static final String KEY = "workshop.refused.notFound";

    private final String id;

    public WorkshopNotFound(long id) {
        super(HttpStatus.NOT_FOUND, Messages.english(KEY, String.valueOf(id)));
        this.id = String.valueOf(id);
    }

    @Override
    public String messageKey() {
        return KEY;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {id};
    }
}

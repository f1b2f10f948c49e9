package io.blindspot.workshop;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No workshop has this id; the API answers 404. */
public class WorkshopNotFound extends ResponseStatusException {

    public WorkshopNotFound(long id) {
        super(HttpStatus.NOT_FOUND, "No workshop with id " + id);
    }
}

package io.blindspot.workshop.api;

import io.blindspot.base.ApiErrors;
import io.blindspot.workshop.Consent;
import io.blindspot.workshop.ConsentService;
import io.blindspot.workshop.Debrief;
import io.blindspot.workshop.DebriefService;
import io.blindspot.workshop.NewWorkshop;
import io.blindspot.workshop.WorkshopService;
import io.blindspot.workshop.WorkshopSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workshops}: the caller's workshops, a workshop's debrief as JSON, PDF and CSV, adding
 * people to a workshop, and a participant's own consent.
 * Access and consent are enforced by the services: another facilitator gets 403, a participant 403
 * until the debrief is revealed, and nobody gets the name or scores of a member who has not consented.
 */
@RestController
@RequestMapping("/api/v1/workshops")
class WorkshopApi {

    private final WorkshopService workshops;
    private final DebriefService debriefs;
    private final ConsentService consents;

    WorkshopApi(WorkshopService workshops, DebriefService debriefs, ConsentService consents) {
        this.workshops = workshops;
        this.debriefs = debriefs;
        this.consents = consents;
    }

    @GetMapping
    List<WorkshopSummary> callersWorkshops() {
        return workshops.callersWorkshops();
    }

    @GetMapping("/{id}/debrief")
    Debrief debrief(@PathVariable long id) {
        return debriefs.debrief(id, "api");
    }

    @GetMapping("/{id}/debrief.pdf")
    ResponseEntity<byte[]> handout(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("debrief-" + id + ".pdf"))
                .body(debriefs.handout(id));
    }

    @GetMapping("/{id}/debrief.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("debrief-" + id + ".csv"))
                .body(debriefs.csv(id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds people to the workshop (and its team): existing people by username, new ones by name and
     * e-mail. Each is assigned the questionnaire and invited; the answer lists the invitations, with
     * the links to pass on by hand where no e-mail went out.
     */
    @PostMapping(path = "/{id}/participants", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkshopService.Created addParticipants(@PathVariable long id, @RequestBody NewParticipants body) {
        return workshops.addParticipants(id, body.people(), body.newPeople());
    }

    /** The caller's own consent in a workshop they take part in; changeable until the debrief is revealed. */
    @PutMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    ConsentService.MyConsent consent(@PathVariable long id, @RequestBody ConsentChange body) {
        return consents.setMine(id, body.consent());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ApiErrors.body(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
        return ApiErrors.body(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    /** Who to add: usernames of people in the portal, and new people by name and e-mail. */
    record NewParticipants(List<String> people, List<NewWorkshop.NewPerson> newPeople) {}

    /** {@code {"consent":"SHARE"}} or {@code {"consent":"AGGREGATE_ONLY"}}. */
    record ConsentChange(Consent consent) {}

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}

package io.blindspot.workshop.api;

import io.blindspot.base.ApiErrors;
import io.blindspot.workshop.Debrief;
import io.blindspot.workshop.DebriefService;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/workshops}: the caller's workshops and a workshop's debrief as JSON, PDF and CSV.
 * Access and consent are enforced by the services: another facilitator gets 403, a participant 403
 * until the debrief is revealed, and nobody gets the name or scores of a member who has not consented.
 */
@RestController
@RequestMapping("/api/v1/workshops")
class WorkshopApi {

    private final WorkshopService workshops;
    private final DebriefService debriefs;

    WorkshopApi(WorkshopService workshops, DebriefService debriefs) {
        this.workshops = workshops;
        this.debriefs = debriefs;
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

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ApiErrors.body(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
        return ApiErrors.body(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}

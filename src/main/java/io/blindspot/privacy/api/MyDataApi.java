package io.blindspot.privacy.api;

import io.blindspot.privacy.PersonalData;
import io.blindspot.privacy.PersonalDataExport;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me/export}: everything stored about the caller as JSON; {@code
 * /api/v1/me/export.pdf} the same as a readable PDF. Whose data comes from the login only.
 */
@RestController
@RequestMapping("/api/v1/me")
class MyDataApi {

    private final PersonalDataExport export;

    MyDataApi(PersonalDataExport export) {
        this.export = export;
    }

    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonalData> json() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("my-data.json"))
                .body(export.export());
    }

    @GetMapping("/export.pdf")
    ResponseEntity<byte[]> pdf(Locale reader) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("my-data.pdf"))
                .body(export.exportPdf(reader));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}

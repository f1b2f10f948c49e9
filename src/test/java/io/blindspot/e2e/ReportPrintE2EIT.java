package io.blindspot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.blindspot.assessment.AssessmentRepository;
import io.blindspot.assessment.AssessmentStatus;
import io.blindspot.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Printing the personal report in Chromium gives every section, without the app's menu. */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPrintE2EIT {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentRepository assessments;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void quitBrowser() {
        browser.quit();
    }

    @Test
    void the_printed_report_holds_every_section_down_to_how_the_scores_were_computed() throws Exception {
        LoginPage.open(browser, "http://localhost:" + port).logInAs("executive", "demo");
        long id = assessments.findAssignedTo("executive").stream()
                .filter(a -> a.getStatus() == AssessmentStatus.SUBMITTED)
                .findFirst()
                .orElseThrow()
                .getId();
        browser.get("http://localhost:" + port + "/report/" + id);
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report-view .style-map")));

        var pdf = ((PrintsPage) browser).print(new PrintOptions());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Path file = Path.of("target", "screenshots", "report-print.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);

        try (var document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Your four scales", "Your style", "Typical strengths", "Watch-outs")
                    .contains("How the scores were computed")
                    .contains("(mean − 1) ÷ 4 × 100")
                    .doesNotContain("Log out");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }
}

package io.blindspot.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The start page after login. */
final class HomePage {

    private final WebDriver driver;

    HomePage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".home-view h2")));
    }

    String greeting() {
        return driver.findElement(By.cssSelector(".home-view h2")).getText();
    }

    String text() {
        return driver.findElement(By.cssSelector(".home-view")).getText();
    }

    List<String> navigation() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList();
    }
}

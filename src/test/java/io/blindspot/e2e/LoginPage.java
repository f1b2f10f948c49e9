package io.blindspot.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login screen, driven as a person would: type, press the button. */
final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    HomePage logInAs(String username, String password) {
        submit(username, password);
        return new HomePage(driver);
    }

    /** Logs in from a login page the portal sent the browser to; it returns wherever the portal sends it next. */
    void logInWherever(String username, String password) {
        submit(username, password);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    LoginPage logInExpectingFailure(String username, String password) {
        submit(username, password);
        wait.until(d -> errorShown());
        return this;
    }

    boolean errorShown() {
        Object shown = ((JavascriptExecutor) driver)
                .executeScript("const f = document.querySelector('vaadin-login-form');"
                        + " return f != null && f.error === true;");
        return Boolean.TRUE.equals(shown);
    }

    private void submit(String username, String password) {
        // Vaadin's text fields keep their native <input> in the light DOM, inside the field element.
        WebElement user =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password, Keys.ENTER);
    }
}

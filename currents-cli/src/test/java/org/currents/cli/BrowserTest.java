package org.currents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.currents.web.PortalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web portal in a real browser: Debian's headless Chromium, driven through its chromedriver,
 * goes home -> an event -> one of its entities -> a search, on a phone-sized window, over the
 * pipeline fixture and a hostile page; every step is saved as a screenshot under
 * {@code target/screenshots/}. No script from the web may run: the hostile page's alert would
 * leave a dialog open, which fails the next step.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  private static PortalServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    server = ServedFixture.serve(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Closed network: nothing may reach out beyond loopback.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static void screenshot(String name) throws Exception {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void homeEventEntityAndSearchOnAPhone() throws Exception {
    String base = "http://127.0.0.1:" + server.port();
    browser.get(base + "/");
    assertFalse(browser.findElements(By.tagName("main")).isEmpty(), "home has no main landmark");
    assertEquals(1, browser.findElements(By.tagName("h1")).size());
    screenshot("1-home");

    WebElement event = browser.findElement(By.cssSelector("main a[href^='/news/'][href*='-']"));
    String eventTitle = event.getText();
    event.click();
    assertTrue(browser.getCurrentUrl().contains("/news/"), browser.getCurrentUrl());
    assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank(), eventTitle);
    screenshot("2-event");

    List<WebElement> entities = browser.findElements(By.cssSelector("main a[href^='/entity/']"));
    assertFalse(entities.isEmpty(), "the event page links no entity");
    String entity = entities.get(0).getText();
    entities.get(0).click();
    assertTrue(browser.getCurrentUrl().contains("/entity/"), browser.getCurrentUrl());
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains(entity), entity);
    screenshot("3-entity");

    browser.get(base + "/search?q=bank");
    assertTrue(browser.getPageSource().contains("bank"), "search found nothing for bank");
    screenshot("4-search");

    // The page fits the phone: nothing wider than the window.
    Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
    assertTrue(width.intValue() <= 390, "page is " + width + " px wide on a 390 px screen");
  }

  /** Typing in the words field offers completions from the API, through the site's own script. */
  @Test
  void typingASearchShowsSuggestions() throws Exception {
    browser.get("http://127.0.0.1:" + server.port() + "/search");
    browser.findElement(By.id("q")).sendKeys("ban");
    List<String> offered = List.of();
    for (long end = System.nanoTime() + 10_000_000_000L; offered.isEmpty() && System.nanoTime() < end; ) {
      Thread.sleep(100);
      offered = browser.findElements(By.cssSelector("#words option")).stream()
          .map(o -> o.getAttribute("value")).toList();
    }
    assertFalse(offered.isEmpty(), "no suggestion after typing");
    assertTrue(offered.stream().allMatch(o -> o.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\bban.*")), offered.toString());
    screenshot("5-suggestions");
    browser.findElement(By.id("q")).sendKeys(" of England\n");
    assertTrue(browser.getCurrentUrl().contains("/search?q=ban+of+England"), browser.getCurrentUrl());
  }
}

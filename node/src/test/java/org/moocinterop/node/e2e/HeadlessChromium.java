package org.moocinterop.node.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and chromedriver (packages {@code chromium}, {@code chromium-driver}),
 * driven by Selenium without Selenium Manager: both paths are explicit, nothing is downloaded.
 * Paths come from the system properties {@code e2e.chromium} and {@code e2e.chromedriver}.
 */
final class HeadlessChromium implements AutoCloseable {

  static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
  static final String DEFAULT_CHROMEDRIVER = "/usr/bin/chromedriver";

  private final Path profile;
  private final ChromeDriver driver;

  private HeadlessChromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  /**
   * Starts a browser with a fresh profile.
   *
   * @throws IllegalStateException naming the missing executable and how to install it
   */
  static HeadlessChromium start() throws IOException {
    Path chromium = executable("e2e.chromium", DEFAULT_CHROMIUM, "chromium");
    Path chromedriver = executable("e2e.chromedriver", DEFAULT_CHROMEDRIVER, "chromium-driver");
    System.setProperty("webdriver.chrome.driver", chromedriver.toString());
    Path profile = Files.createTempDirectory("e2e-chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new HeadlessChromium(profile, driver);
  }

  private static Path executable(String property, String fallback, String debianPackage) {
    Path path = Path.of(System.getProperty(property, fallback));
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException("The browser end-to-end tests need " + path
          + " (Debian package " + debianPackage + ": apt-get install chromium chromium-driver),"
          + " or -D" + property + "=PATH to another executable.");
    }
    return path;
  }

  ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}

package org.moocinterop.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocinterop.node.NodeServer;
import org.moocinterop.node.lti.LtiDemoFeature;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole LTI 1.3 launch in headless Chromium against a running node: the demo platform's page,
 * the tool's login initiation, the platform's authorization endpoint, the form post of the
 * id_token, the tool's landing page. Runs with {@code -Pe2e} only; fails when Chromium is missing.
 */
@Tag("e2e")
class LtiLaunchE2eTest {

  @TempDir static Path data;
  private static NodeServer server;
  private HeadlessChromium browser;
  private ChromeDriver driver;

  @BeforeAll
  static void startNode() throws Exception {
    server = new NodeServer("127.0.0.1", 0, data, List.of(LtiDemoFeature.create()));
    server.start();
  }

  @AfterAll
  static void stopNode() {
    server.close();
  }

  @BeforeEach
  void startBrowser() throws Exception {
    browser = HeadlessChromium.start();
    driver = browser.driver();
  }

  @AfterEach
  void stopBrowser() throws Exception {
    browser.close();
  }

  @Test
  void aLearnerLaunchesTheDemoToolFromACourse() {
    launchFromPlatform("demo-learner-1", "course-interop-101");

    waitFor(By.id("user-name"));
    assertThat(driver.getCurrentUrl()).isEqualTo(server.baseUrl() + "/lti/tool/launch");
    assertThat(text("user-name")).isEqualTo("Lea Lernerin");
    assertThat(text("user-sub")).isEqualTo("demo-learner-1");
    assertThat(text("context-id")).isEqualTo("course-interop-101");
    assertThat(text("context-title")).isEqualTo("Interoperability of Learning Tools");
    assertThat(roles()).containsExactly("Learner");
    assertThat(stateCookies()).as("the single-use state cookie is cleared after the launch").isEmpty();
  }

  @Test
  void anInstructorLaunchesTheDemoToolFromAnotherCourse() {
    launchFromPlatform("demo-instructor-1", "course-xapi-201");

    waitFor(By.id("user-name"));
    assertThat(text("user-name")).isEqualTo("Ian Instructor");
    assertThat(text("user-sub")).isEqualTo("demo-instructor-1");
    assertThat(text("context-title")).isEqualTo("Learning Records with xAPI");
    assertThat(roles()).containsExactly("Instructor");
  }

  @Test
  void aTamperedIdTokenShowsTheReasonCodeOnTheToolsErrorPage() {
    holdFormPosts();
    launchFromPlatform("demo-learner-1", "course-interop-101");
    waitForHeldForm();

    List<Map<String, Object>> cookies = stateCookies();
    assertThat(cookies).as("the tool's state cookie, Secure on http loopback").hasSize(1);
    assertThat(cookies.get(0)).containsEntry("secure", true).containsEntry("sameSite", "None")
        .containsEntry("httpOnly", true);

    driver.executeScript(
        "const field = window.__ltiHeld.elements['id_token'];"
            + "const [header, payload, signature] = field.value.split('.');"
            + "const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));"
            + "const claims = JSON.parse(json); claims.name = 'Mallory';"
            + "const forged = btoa(JSON.stringify(claims)).replace(/\\+/g, '-')"
            + "  .replace(/\\//g, '_').replace(/=+$/, '');"
            + "field.value = [header, forged, signature].join('.');"
            + "window.__ltiRealSubmit.call(window.__ltiHeld);");

    waitFor(By.id("reason"));
    assertThat(text("reason")).isEqualTo("INVALID_SIGNATURE");
    assertThat(driver.getTitle()).isEqualTo("Launch refused");
    assertThat(driver.getPageSource()).doesNotContain("Mallory").doesNotContain("Exception");
  }

  @Test
  void aReplayedLaunchShowsTheReasonCodeOnTheToolsErrorPage() {
    holdFormPosts();
    launchFromPlatform("demo-learner-1", "course-cc-301");
    waitForHeldForm();
    @SuppressWarnings("unchecked")
    Map<String, String> post = (Map<String, String>) driver.executeScript(
        "const f = window.__ltiHeld;"
            + "return {action: f.action, id_token: f.elements['id_token'].value,"
            + " state: f.elements['state'].value};");
    driver.executeScript("window.__ltiRealSubmit.call(window.__ltiHeld);");
    waitFor(By.id("user-name"));
    assertThat(text("context-title")).isEqualTo("Sharing Courses as Common Cartridges");

    driver.executeScript(
        "const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
            + "for (const [name, value] of [['id_token', arguments[1]], ['state', arguments[2]]]) {"
            + "  const input = document.createElement('input'); input.type = 'hidden';"
            + "  input.name = name; input.value = value; f.appendChild(input); }"
            + "document.body.appendChild(f); window.__ltiRealSubmit.call(f);",
        post.get("action"), post.get("id_token"), post.get("state"));

    waitFor(By.id("reason"));
    assertThat(text("reason")).isEqualTo("STATE_MISMATCH");
    assertThat(driver.getPageSource()).doesNotContain("Exception");
  }

  private void launchFromPlatform(String userId, String courseId) {
    driver.get(server.baseUrl() + "/lti/platform/");
    assertThat(driver.getTitle()).isEqualTo("Demo platform");
    new Select(driver.findElement(By.id("user"))).selectByValue(userId);
    new Select(driver.findElement(By.id("tool"))).selectByValue(LtiDemoFeature.DEMO_CLIENT_ID);
    driver.findElement(By.id("launch-" + courseId)).click();
  }

  /**
   * Makes every page hold its scripted form submission instead of sending it, so that a test can
   * read or change the platform's form post before it reaches the tool.
   */
  private void holdFormPosts() {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__ltiRealSubmit = HTMLFormElement.prototype.submit;"
            + "HTMLFormElement.prototype.submit = function () { window.__ltiHeld = this; };"));
  }

  private void waitForHeldForm() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        d -> Boolean.TRUE.equals(((ChromeDriver) d).executeScript("return !!window.__ltiHeld;")));
    assertThat(driver.getCurrentUrl()).startsWith(server.baseUrl() + "/lti/platform/auth?");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> stateCookies() {
    Map<String, Object> all = driver.executeCdpCommand("Network.getAllCookies", Map.of());
    return ((List<Map<String, Object>>) all.get("cookies")).stream()
        .filter(cookie -> String.valueOf(cookie.get("name")).startsWith("lti_state_"))
        .toList();
  }

  private void waitFor(By element) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(element));
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private List<String> roles() {
    return driver.findElements(By.cssSelector("#roles .role")).stream().map(e -> e.getText()).toList();
  }
}

package org.moocinterop.node.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.node.Main;

class LtiDemoConfigTest {

  @TempDir Path dir;

  private LtiDemoConfig read(String json) throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(file, json);
    return LtiDemoConfig.read(file);
  }

  private static Path fixture(String name) {
    return Path.of("src/test/resources/lti-config/" + name);
  }

  @Test
  void theDocumentedExampleReadsAsOnePlatformAndOneTool() throws Exception {
    LtiDemoConfig config = LtiDemoConfig.read(fixture("example.json"));

    assertThat(config.platforms()).singleElement().satisfies(p -> {
      assertThat(p.issuer()).isEqualTo("https://lms.example.edu");
      assertThat(p.clientId()).isEqualTo("mooc-interop-tool");
      assertThat(p.deploymentIds()).containsExactly("1");
      assertThat(p.accessTokenUrl()).contains(URI.create("https://lms.example.edu/mod/lti/token.php"));
    });
    assertThat(config.tools()).singleElement().satisfies(t -> {
      assertThat(t.clientId()).isEqualTo("partner-tool");
      assertThat(t.redirectUris()).containsExactly(URI.create("https://tool.partner.example/lti/launch"));
      assertThat(t.scopes()).containsExactly("https://purl.imsglobal.org/spec/lti-ags/scope/score");
    });
  }

  @Test
  void aConfigWithoutAnLtiMemberAddsNothing() throws Exception {
    assertThat(read("{\"lrs\": {}}")).isEqualTo(LtiDemoConfig.empty());
  }

  @Test
  void aToolWithoutScopesGetsTheAdvantageScopes() throws Exception {
    LtiDemoConfig config = read("""
        {"lti": {"tools": [{"clientId": "t", "loginInitiationUrl": "https://t.example/login",
          "targetLinkUri": "https://t.example/launch", "redirectUris": ["https://t.example/launch"],
          "jwksUri": "https://t.example/jwks", "deploymentId": "d"}]}}""");

    assertThat(config.tools().get(0).scopes()).isEqualTo(ToolClient.ADVANTAGE_SCOPES);
    assertThat(config.tools().get(0).name()).isEqualTo("t");
  }

  @Test
  void everyBrokenRuleIsReportedWithItsPointer() {
    assertThatThrownBy(() -> read("""
        {"lti": {"platforms": [{"issuer": "", "clientId": 7,
          "authorizationEndpoint": "ftp://x", "deploymentIds": []}],
         "tools": [{"clientId": "t", "loginInitiationUrl": "https://t.example/login",
          "targetLinkUri": "https://t.example/launch", "redirectUris": ["not a url"],
          "jwksUri": "https://t.example/jwks", "deploymentId": "d"}]}}"""))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder(
                "/lti/platforms/0/issuer", "/lti/platforms/0/clientId",
                "/lti/platforms/0/authorizationEndpoint", "/lti/platforms/0/jwksUri",
                "/lti/platforms/0/deploymentIds", "/lti/tools/0/redirectUris/0"));
  }

  @Test
  void aFileThatIsNotJsonIsAValidationError() {
    assertThatThrownBy(() -> read("{\"lti\": ")).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("config.json"));
  }

  @Test
  void registrationsMustBeArraysOfObjects() {
    assertThatThrownBy(() -> read("{\"lti\": {\"platforms\": {}, \"tools\": [1]}}"))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::pointer)
                .contains("/lti/platforms", "/lti/tools/0"));
  }

  @Test
  void theFeatureRefusesABrokenConfigBeforeServing() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"lti\": []}");

    assertThatThrownBy(() -> LtiDemoFeature.withConfig(file)).isInstanceOf(ValidationException.class);
  }

  @Test
  void serveExitsWithStatusTwoOnABrokenConfig() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"lti\": {\"tools\": [{}]}}");

    assertThat(Main.run("serve", "--port", "0", "--host", "127.0.0.1",
        "--data", dir.resolve("data").toString(), "--config", file.toString())).isEqualTo(2);
  }
}

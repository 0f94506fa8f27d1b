package org.moocinterop.node.lti;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.lti.tool.PlatformRegistration;

/**
 * The {@code "lti"} member of the node's {@code --config} file: more platforms the demo tool
 * trusts and more tools the demo platform can launch, besides the two demo registrations. Other
 * members of the file belong to other features and are ignored here. The format is documented in
 * {@code docs/lti-demo.md}.
 *
 * @param platforms platform registrations of the demo tool
 * @param tools tool registrations of the demo platform
 */
record LtiDemoConfig(List<PlatformRegistration> platforms, List<ToolClient> tools) {

  /** The largest config file read. */
  static final long MAX_BYTES = 1024 * 1024;

  private static final String SECTION = "docs/lti-demo.md#configuration";
  private static final ObjectMapper JSON = new ObjectMapper();

  LtiDemoConfig {
    platforms = List.copyOf(platforms);
    tools = List.copyOf(tools);
  }

  /** No registrations besides the demo ones. */
  static LtiDemoConfig empty() {
    return new LtiDemoConfig(List.of(), List.of());
  }

  /**
   * Reads the {@code "lti"} member of a JSON config file.
   *
   * @throws ValidationException naming the JSON pointer of each broken rule
   * @throws IOException if the file cannot be read
   */
  static LtiDemoConfig read(Path file) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      throw invalid("config.size", "", "the config file is larger than 1 MiB");
    }
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      throw invalid("config.json", "", "the config file is not JSON: "
          + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw invalid("config.json", "", "the config file must hold a JSON object");
    }
    return parse(root);
  }

  /** Reads the {@code "lti"} member of a parsed config document. */
  static LtiDemoConfig parse(JsonNode root) {
    JsonNode lti = root.path("lti");
    if (lti.isMissingNode()) {
      return empty();
    }
    List<Violation> violations = new ArrayList<>();
    if (!lti.isObject()) {
      throw invalid("lti.object", "/lti", "must be an object");
    }
    List<PlatformRegistration> platforms = new ArrayList<>();
    Fields.array(lti, "/lti/platforms", violations).forEach((pointer, node) -> {
      Fields f = new Fields(node, pointer, violations);
      String issuer = f.text("issuer");
      String clientId = f.text("clientId");
      URI auth = f.uri("authorizationEndpoint");
      URI jwks = f.uri("jwksUri");
      Optional<URI> token = f.optionalUri("accessTokenUrl");
      Set<String> deployments = f.texts("deploymentIds", true);
      if (f.ok()) {
        platforms.add(new PlatformRegistration(issuer, clientId, auth, jwks, deployments, token));
      }
    });
    List<ToolClient> tools = new ArrayList<>();
    Fields.array(lti, "/lti/tools", violations).forEach((pointer, node) -> {
      Fields f = new Fields(node, pointer, violations);
      String clientId = f.text("clientId");
      String name = f.optionalText("name").orElse(clientId);
      URI login = f.uri("loginInitiationUrl");
      URI target = f.uri("targetLinkUri");
      List<URI> redirects = new ArrayList<>();
      for (String uri : f.texts("redirectUris", true)) {
        redirects.add(Fields.parseUri(uri).orElse(target));
      }
      URI jwks = f.uri("jwksUri");
      String deployment = f.text("deploymentId");
      Set<String> scopes = f.node().has("scopes")
          ? f.texts("scopes", false) : ToolClient.ADVANTAGE_SCOPES;
      if (f.ok()) {
        tools.add(new ToolClient(clientId, name, login, target, redirects, jwks, deployment, scopes));
      }
    });
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return new LtiDemoConfig(platforms, tools);
  }

  private static ValidationException invalid(String rule, String pointer, String message) {
    return ValidationException.of(Violation.of(rule, SECTION, pointer, message));
  }

  /** Reads the members of one registration object, collecting violations instead of throwing. */
  private static final class Fields {
    private static final URI NONE = URI.create("about:blank");
    private final JsonNode node;
    private final String pointer;
    private final List<Violation> violations;
    private final int before;

    Fields(JsonNode node, String pointer, List<Violation> violations) {
      this.node = node;
      this.pointer = pointer;
      this.violations = violations;
      this.before = violations.size();
      if (!node.isObject()) {
        fail("lti.registration", pointer, "must be an object");
      }
    }

    static java.util.Map<String, JsonNode> array(JsonNode parent, String pointer,
        List<Violation> violations) {
      java.util.Map<String, JsonNode> items = new java.util.LinkedHashMap<>();
      JsonNode array = parent.path(pointer.substring(pointer.lastIndexOf('/') + 1));
      if (array.isMissingNode()) {
        return items;
      }
      if (!array.isArray()) {
        violations.add(Violation.of("lti.array", SECTION, pointer, "must be an array"));
        return items;
      }
      for (int i = 0; i < array.size(); i++) {
        items.put(pointer + "/" + i, array.get(i));
      }
      return items;
    }

    JsonNode node() {
      return node;
    }

    boolean ok() {
      return violations.size() == before;
    }

    String text(String name) {
      return optionalText(name).orElseGet(() -> {
        if (!node.has(name) || node.get(name).isNull()) {
          fail("lti.required", pointer + "/" + name, "is required (a non-blank string)");
        }
        return "";
      });
    }

    Optional<String> optionalText(String name) {
      JsonNode value = node.path(name);
      if (value.isMissingNode() || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isTextual() || value.asText().isBlank()) {
        fail("lti.string", pointer + "/" + name, "must be a non-blank string");
        return Optional.empty();
      }
      return Optional.of(value.asText());
    }

    URI uri(String name) {
      return optionalUri(name).orElseGet(() -> {
        if (!node.has(name)) {
          fail("lti.required", pointer + "/" + name, "is required (an absolute http(s) URL)");
        }
        return NONE;
      });
    }

    Optional<URI> optionalUri(String name) {
      Optional<String> text = optionalText(name);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<URI> uri = parseUri(text.get());
      if (uri.isEmpty()) {
        fail("lti.url", pointer + "/" + name, "must be an absolute http(s) URL");
      }
      return uri;
    }

    Set<String> texts(String name, boolean required) {
      Set<String> values = new LinkedHashSet<>();
      JsonNode array = node.path(name);
      String at = pointer + "/" + name;
      if (!array.isArray() || (required && array.isEmpty())) {
        fail("lti.array", at, required ? "must be a non-empty array of strings" : "must be an array of strings");
        return values;
      }
      for (int i = 0; i < array.size(); i++) {
        JsonNode item = array.get(i);
        if (!item.isTextual() || item.asText().isBlank()) {
          fail("lti.string", at + "/" + i, "must be a non-blank string");
        } else if (name.equals("redirectUris") && parseUri(item.asText()).isEmpty()) {
          fail("lti.url", at + "/" + i, "must be an absolute http(s) URL");
        } else {
          values.add(item.asText());
        }
      }
      return values;
    }

    static Optional<URI> parseUri(String text) {
      try {
        URI uri = new URI(text);
        String scheme = uri.getScheme();
        boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
        return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }

    private void fail(String rule, String at, String message) {
      violations.add(Violation.of(rule, SECTION, at, message));
    }
  }
}

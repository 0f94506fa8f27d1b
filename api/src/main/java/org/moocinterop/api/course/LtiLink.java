package org.moocinterop.api.course;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A tool launched with LTI: an LTI 1.3 resource link, or the basic LTI link of a cartridge.
 *
 * @param title the link's title; not blank
 * @param launchUrl where the launch goes, an absolute http(s) URL (the resource link's
 *     {@code target_link_uri})
 * @param description what the tool does, if stated
 * @param custom custom parameters sent with every launch (the LTI 1.3 {@code custom} claim);
 *     keys are not blank and hold no whitespace, values may hold substitution variables such as
 *     {@code $User.id}; an unmodifiable copy sorted by key
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#custom-properties-and-variable-substitution">LTI
 *     1.3 5.4.6, Custom properties</a>
 */
public record LtiLink(String title, URI launchUrl, Optional<String> description,
    Map<String, String> custom) implements LearningResource {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the title is blank, the launch URL is not an absolute
   *     http(s) URL, the description is blank, or a custom key is blank or holds whitespace
   */
  public LtiLink {
    Checks.requireText(title, "an LTI link title");
    Checks.requireWebUrl(launchUrl, "an LTI launch url");
    Objects.requireNonNull(description, "description")
        .ifPresent(text -> Checks.requireText(text, "an LTI link description"));
    Map<String, String> copy = new TreeMap<>();
    Objects.requireNonNull(custom, "custom").forEach((key, value) -> {
      Objects.requireNonNull(key, "a custom key");
      Objects.requireNonNull(value, "a custom value");
      if (key.isBlank() || key.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "a custom parameter name must not be blank or hold whitespace, not '" + key + "'");
      }
      copy.put(key, value);
    });
    custom = Collections.unmodifiableMap(copy);
  }

  /** The link titled {@code title} to {@code launchUrl}, without description or custom. */
  public static LtiLink of(String title, URI launchUrl) {
    return new LtiLink(title, launchUrl, Optional.empty(), Map.of());
  }

  /** This link with {@code description}. */
  public LtiLink withDescription(String description) {
    return new LtiLink(title, launchUrl, Optional.of(description), custom);
  }

  /** This link with {@code custom} as its custom parameters (replacing the previous ones). */
  public LtiLink withCustom(Map<String, String> custom) {
    return new LtiLink(title, launchUrl, description, custom);
  }

  /** Always {@link LearningResource.Type#LTI_LINK}. */
  @Override
  public Type type() {
    return Type.LTI_LINK;
  }
}

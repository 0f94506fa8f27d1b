package org.moocinterop.api.learner;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.institution.InstitutionId;
import org.moocinterop.api.text.LanguageTags;

/**
 * A person who learns in the alliance, as the home institution knows them.
 *
 * <p>Immutable; build one with {@link #builder}. Rules: names are not blank; an email address is
 * a single {@code local@domain} without whitespace, at most 254 characters (checked loosely, as
 * only the mail server can tell whether it works).
 *
 * @param id the alliance-wide id
 * @param displayName the name to show, such as {@code Alice Example}
 * @param givenName the given name, if known
 * @param familyName the family name, if known
 * @param email the email address, if shared
 * @param preferredLanguage the language the learner prefers, if known
 * @param homeInstitution the institution that holds the learner's account
 */
public record Learner(
    LearnerId id,
    String displayName,
    Optional<String> givenName,
    Optional<String> familyName,
    Optional<String> email,
    Optional<Locale> preferredLanguage,
    InstitutionId homeInstitution) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(?:\\.[^@\\s.]+)*");

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a part breaks a rule stated on the class
   */
  public Learner {
    Objects.requireNonNull(id, "id");
    requireName(displayName, "displayName");
    Objects.requireNonNull(givenName, "givenName")
        .ifPresent(name -> requireName(name, "givenName"));
    Objects.requireNonNull(familyName, "familyName")
        .ifPresent(name -> requireName(name, "familyName"));
    Objects.requireNonNull(email, "email").ifPresent(Learner::requireEmail);
    Objects.requireNonNull(preferredLanguage, "preferredLanguage")
        .ifPresent(language -> LanguageTags.require(language, "preferredLanguage"));
    Objects.requireNonNull(homeInstitution, "homeInstitution");
  }

  /** A builder for the learner {@code id}, shown as {@code displayName}, of {@code home}. */
  public static Builder builder(LearnerId id, String displayName, InstitutionId home) {
    return new Builder(id, displayName, home);
  }

  private static void requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  private static void requireEmail(String email) {
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException(
          "email must be an address such as 'alice@example.org', not '" + email + "'");
    }
  }

  /** Builds a {@link Learner}; the names, email and language are optional. Not thread-safe. */
  public static final class Builder {
    private final LearnerId id;
    private final String displayName;
    private final InstitutionId homeInstitution;
    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable String email;
    private @Nullable Locale preferredLanguage;

    private Builder(LearnerId id, String displayName, InstitutionId homeInstitution) {
      this.id = Objects.requireNonNull(id, "id");
      this.displayName = Objects.requireNonNull(displayName, "displayName");
      this.homeInstitution = Objects.requireNonNull(homeInstitution, "homeInstitution");
    }

    /** Sets the given and family names. */
    public Builder names(String givenName, String familyName) {
      this.givenName = Objects.requireNonNull(givenName, "givenName");
      this.familyName = Objects.requireNonNull(familyName, "familyName");
      return this;
    }

    /** Sets the given name. */
    public Builder givenName(String givenName) {
      this.givenName = Objects.requireNonNull(givenName, "givenName");
      return this;
    }

    /** Sets the family name. */
    public Builder familyName(String familyName) {
      this.familyName = Objects.requireNonNull(familyName, "familyName");
      return this;
    }

    /** Sets the email address; checked on {@link #build()}. */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email");
      return this;
    }

    /**
     * Sets the preferred language, as a BCP 47 tag.
     *
     * @throws IllegalArgumentException if the tag is not well formed
     */
    public Builder preferredLanguage(String languageTag) {
      this.preferredLanguage = LanguageTags.parse(languageTag);
      return this;
    }

    /**
     * Builds the value from what was set.
     *
     * @throws IllegalArgumentException if a part breaks a rule of {@link Learner}
     */
    public Learner build() {
      return new Learner(id, displayName, Optional.ofNullable(givenName),
          Optional.ofNullable(familyName), Optional.ofNullable(email),
          Optional.ofNullable(preferredLanguage), homeInstitution);
    }
  }
}

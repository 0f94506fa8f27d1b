package org.moocinterop.api.course;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.institution.InstitutionId;
import org.moocinterop.api.text.LanguageTags;
import org.moocinterop.api.text.LocalizedText;

/**
 * A course: what is taught, independent of when. Its offerings are {@link CourseRun}s.
 *
 * <p>Immutable; lists are unmodifiable copies. Build one with {@link #builder}. Rules: the title
 * is in at least one language; languages, subjects and keywords hold no duplicates and no blank
 * strings; learning outcomes are non-empty texts; the image is an absolute http(s) URL.
 *
 * @param id the course id, unique within the provider
 * @param provider the institution that offers the course
 * @param title the title, in one or more languages
 * @param description the description; {@link LocalizedText#empty()} when there is none
 * @param languages the languages the course is taught in, most important first
 * @param subjects the disciplines it belongs to (names or classification codes)
 * @param keywords free keywords for search
 * @param licence the licence of its content, if stated
 * @param outline the sections and items, {@link CourseOutline#empty()} for a catalog-only course
 * @param learningOutcomes what a learner can do after the course, one text per outcome
 * @param image a picture for the catalog
 * @param level how advanced the course is
 */
public record Course(
    CourseId id,
    InstitutionId provider,
    LocalizedText title,
    LocalizedText description,
    List<Locale> languages,
    List<String> subjects,
    List<String> keywords,
    Optional<Licence> licence,
    CourseOutline outline,
    List<LocalizedText> learningOutcomes,
    Optional<URI> image,
    Optional<Level> level) {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a part breaks a rule stated on the class
   */
  public Course {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(title, "title");
    if (title.isEmpty()) {
      throw new IllegalArgumentException("a course needs a title in at least one language");
    }
    Objects.requireNonNull(description, "description");
    languages = Checks.distinctCopy(languages, "languages");
    languages.forEach(language -> LanguageTags.require(language, "a course language"));
    subjects = Checks.distinctCopy(subjects, "subjects");
    subjects.forEach(subject -> Checks.requireText(subject, "a subject"));
    keywords = Checks.distinctCopy(keywords, "keywords");
    keywords.forEach(keyword -> Checks.requireText(keyword, "a keyword"));
    Objects.requireNonNull(licence, "licence");
    Objects.requireNonNull(outline, "outline");
    learningOutcomes = List.copyOf(learningOutcomes);
    if (learningOutcomes.stream().anyMatch(LocalizedText::isEmpty)) {
      throw new IllegalArgumentException("a learning outcome must not be an empty text");
    }
    Objects.requireNonNull(image, "image").ifPresent(url -> Checks.requireWebUrl(url, "image"));
    Objects.requireNonNull(level, "level");
  }

  /** A builder for the course {@code id} of {@code provider}, titled {@code title}. */
  public static Builder builder(CourseId id, InstitutionId provider, LocalizedText title) {
    return new Builder(id, provider, title);
  }

  /** Builds a {@link Course}; all but id, provider and title is optional. Not thread-safe. */
  public static final class Builder {
    private final CourseId id;
    private final InstitutionId provider;
    private final LocalizedText title;
    private LocalizedText description = LocalizedText.empty();
    private final List<Locale> languages = new ArrayList<>();
    private final List<String> subjects = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private @Nullable Licence licence;
    private CourseOutline outline = CourseOutline.empty();
    private final List<LocalizedText> learningOutcomes = new ArrayList<>();
    private @Nullable URI image;
    private @Nullable Level level;

    private Builder(CourseId id, InstitutionId provider, LocalizedText title) {
      this.id = Objects.requireNonNull(id, "id");
      this.provider = Objects.requireNonNull(provider, "provider");
      this.title = Objects.requireNonNull(title, "title");
    }

    /** Sets the description. */
    public Builder description(LocalizedText description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Adds a language the course is taught in, as a BCP 47 tag.
     *
     * @throws IllegalArgumentException if the tag is not well formed
     */
    public Builder language(String languageTag) {
      languages.add(LanguageTags.parse(languageTag));
      return this;
    }

    /** Adds a subject. */
    public Builder subject(String subject) {
      subjects.add(Objects.requireNonNull(subject, "subject"));
      return this;
    }

    /** Adds keywords. */
    public Builder keywords(String... keywords) {
      for (String keyword : keywords) {
        this.keywords.add(Objects.requireNonNull(keyword, "keyword"));
      }
      return this;
    }

    /** Sets the licence of the content. */
    public Builder licence(Licence licence) {
      this.licence = Objects.requireNonNull(licence, "licence");
      return this;
    }

    /** Sets the outline. */
    public Builder outline(CourseOutline outline) {
      this.outline = Objects.requireNonNull(outline, "outline");
      return this;
    }

    /** Adds a learning outcome. */
    public Builder learningOutcome(LocalizedText outcome) {
      learningOutcomes.add(Objects.requireNonNull(outcome, "outcome"));
      return this;
    }

    /** Sets the catalog image. */
    public Builder image(URI image) {
      this.image = Objects.requireNonNull(image, "image");
      return this;
    }

    /** Sets the level. */
    public Builder level(Level level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Builds the value from what was set.
     *
     * @throws IllegalArgumentException if a part breaks a rule of {@link Course}
     */
    public Course build() {
      return new Course(id, provider, title, description, languages, subjects, keywords,
          Optional.ofNullable(licence), outline, learningOutcomes, Optional.ofNullable(image),
          Optional.ofNullable(level));
    }
  }
}

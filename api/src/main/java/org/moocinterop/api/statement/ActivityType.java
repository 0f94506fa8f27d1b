package org.moocinterop.api.statement;

import java.util.List;
import java.util.Objects;
import org.moocinterop.api.Iri;

/**
 * The type of an activity ({@code definition.type}): an IRI.
 *
 * <p>An open vocabulary: the constants are ADL's activity types and {@link #of(String)} accepts
 * any IRI.
 *
 * @param id the type's IRI
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">
 *     xAPI Data 2.4.4.1</a>
 */
public record ActivityType(Iri id) {

  /** The IRI prefix of ADL's activity types. */
  public static final String ADL_PREFIX = "http://adlnet.gov/expapi/activities/";

  /** {@code http://adlnet.gov/expapi/activities/assessment}. */
  public static final ActivityType ASSESSMENT = adl("assessment");

  /** {@code http://adlnet.gov/expapi/activities/attempt}. */
  public static final ActivityType ATTEMPT = adl("attempt");

  /** {@code http://adlnet.gov/expapi/activities/course}. */
  public static final ActivityType COURSE = adl("course");

  /** {@code http://adlnet.gov/expapi/activities/file}. */
  public static final ActivityType FILE = adl("file");

  /** {@code http://adlnet.gov/expapi/activities/interaction}. */
  public static final ActivityType INTERACTION = adl("interaction");

  /** {@code http://adlnet.gov/expapi/activities/lesson}. */
  public static final ActivityType LESSON = adl("lesson");

  /** {@code http://adlnet.gov/expapi/activities/link}. */
  public static final ActivityType LINK = adl("link");

  /** {@code http://adlnet.gov/expapi/activities/media}. */
  public static final ActivityType MEDIA = adl("media");

  /** {@code http://adlnet.gov/expapi/activities/meeting}. */
  public static final ActivityType MEETING = adl("meeting");

  /** {@code http://adlnet.gov/expapi/activities/module}. */
  public static final ActivityType MODULE = adl("module");

  /** {@code http://adlnet.gov/expapi/activities/objective}. */
  public static final ActivityType OBJECTIVE = adl("objective");

  /** {@code http://adlnet.gov/expapi/activities/performance}. */
  public static final ActivityType PERFORMANCE = adl("performance");

  /** {@code http://adlnet.gov/expapi/activities/profile}. */
  public static final ActivityType PROFILE = adl("profile");

  /** {@code http://adlnet.gov/expapi/activities/question}. */
  public static final ActivityType QUESTION = adl("question");

  /** {@code http://adlnet.gov/expapi/activities/simulation}. */
  public static final ActivityType SIMULATION = adl("simulation");

  /** {@code http://adlnet.gov/expapi/activities/cmi.interaction}. */
  public static final ActivityType CMI_INTERACTION = adl("cmi.interaction");

  private static final List<ActivityType> ADL_TYPES =
      List.of(
          ASSESSMENT,
          ATTEMPT,
          COURSE,
          FILE,
          INTERACTION,
          LESSON,
          LINK,
          MEDIA,
          MEETING,
          MODULE,
          OBJECTIVE,
          PERFORMANCE,
          PROFILE,
          QUESTION,
          SIMULATION,
          CMI_INTERACTION);

  public ActivityType {
    Objects.requireNonNull(id, "id");
  }

  private static ActivityType adl(String word) {
    return new ActivityType(Iri.of(ADL_PREFIX + word));
  }

  /** Returns the type with this IRI. */
  public static ActivityType of(Iri id) {
    return new ActivityType(id);
  }

  /**
   * Returns the type with this IRI.
   *
   * @throws IllegalArgumentException if {@code iri} is not an IRI
   */
  public static ActivityType of(String iri) {
    return of(Iri.of(iri));
  }

  /** Returns ADL's activity types, the constants of this class. */
  public static List<ActivityType> adlTypes() {
    return ADL_TYPES;
  }

  @Override
  public String toString() {
    return id.value();
  }
}

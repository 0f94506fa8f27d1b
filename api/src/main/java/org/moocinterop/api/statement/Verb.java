package org.moocinterop.api.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.Iri;

/**
 * The action of a statement: an IRI and an optional display text.
 *
 * <p>An open vocabulary: the constants are ADL's verbs (with an {@code en-US} display), and
 * {@link #of(String)} accepts any IRI. Equality compares the id and the display; statement
 * comparison ignores the display (xAPI Data 2.3.1, see {@link Statement#isSameStatementAs}).
 *
 * @param id the verb's IRI
 * @param display the verb's name in one or more languages, if given
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#243-verb">xAPI Data
 *     2.4.3 Verb</a>
 */
public record Verb(Iri id, Optional<LanguageMap> display) {

  /** The IRI prefix of ADL's verbs. */
  public static final String ADL_PREFIX = "http://adlnet.gov/expapi/verbs/";

  /** {@code http://adlnet.gov/expapi/verbs/answered} ("answered"). */
  public static final Verb ANSWERED = adl("answered");

  /** {@code http://adlnet.gov/expapi/verbs/asked} ("asked"). */
  public static final Verb ASKED = adl("asked");

  /** {@code http://adlnet.gov/expapi/verbs/attempted} ("attempted"). */
  public static final Verb ATTEMPTED = adl("attempted");

  /** {@code http://adlnet.gov/expapi/verbs/attended} ("attended"). */
  public static final Verb ATTENDED = adl("attended");

  /** {@code http://adlnet.gov/expapi/verbs/commented} ("commented"). */
  public static final Verb COMMENTED = adl("commented");

  /** {@code http://adlnet.gov/expapi/verbs/completed} ("completed"). */
  public static final Verb COMPLETED = adl("completed");

  /** {@code http://adlnet.gov/expapi/verbs/exited} ("exited"). */
  public static final Verb EXITED = adl("exited");

  /** {@code http://adlnet.gov/expapi/verbs/experienced} ("experienced"). */
  public static final Verb EXPERIENCED = adl("experienced");

  /** {@code http://adlnet.gov/expapi/verbs/failed} ("failed"). */
  public static final Verb FAILED = adl("failed");

  /** {@code http://adlnet.gov/expapi/verbs/imported} ("imported"). */
  public static final Verb IMPORTED = adl("imported");

  /** {@code http://adlnet.gov/expapi/verbs/initialized} ("initialized"). */
  public static final Verb INITIALIZED = adl("initialized");

  /** {@code http://adlnet.gov/expapi/verbs/interacted} ("interacted"). */
  public static final Verb INTERACTED = adl("interacted");

  /** {@code http://adlnet.gov/expapi/verbs/launched} ("launched"). */
  public static final Verb LAUNCHED = adl("launched");

  /** {@code http://adlnet.gov/expapi/verbs/mastered} ("mastered"). */
  public static final Verb MASTERED = adl("mastered");

  /** {@code http://adlnet.gov/expapi/verbs/passed} ("passed"). */
  public static final Verb PASSED = adl("passed");

  /** {@code http://adlnet.gov/expapi/verbs/preferred} ("preferred"). */
  public static final Verb PREFERRED = adl("preferred");

  /** {@code http://adlnet.gov/expapi/verbs/progressed} ("progressed"). */
  public static final Verb PROGRESSED = adl("progressed");

  /** {@code http://adlnet.gov/expapi/verbs/registered} ("registered"). */
  public static final Verb REGISTERED = adl("registered");

  /** {@code http://adlnet.gov/expapi/verbs/responded} ("responded"). */
  public static final Verb RESPONDED = adl("responded");

  /** {@code http://adlnet.gov/expapi/verbs/resumed} ("resumed"). */
  public static final Verb RESUMED = adl("resumed");

  /** {@code http://adlnet.gov/expapi/verbs/scored} ("scored"). */
  public static final Verb SCORED = adl("scored");

  /** {@code http://adlnet.gov/expapi/verbs/shared} ("shared"). */
  public static final Verb SHARED = adl("shared");

  /** {@code http://adlnet.gov/expapi/verbs/suspended} ("suspended"). */
  public static final Verb SUSPENDED = adl("suspended");

  /** {@code http://adlnet.gov/expapi/verbs/terminated} ("terminated"). */
  public static final Verb TERMINATED = adl("terminated");

  /** {@code http://adlnet.gov/expapi/verbs/voided} ("voided"). */
  public static final Verb VOIDED = adl("voided");

  private static final List<Verb> ADL_VERBS =
      List.of(
          ANSWERED,
          ASKED,
          ATTEMPTED,
          ATTENDED,
          COMMENTED,
          COMPLETED,
          EXITED,
          EXPERIENCED,
          FAILED,
          IMPORTED,
          INITIALIZED,
          INTERACTED,
          LAUNCHED,
          MASTERED,
          PASSED,
          PREFERRED,
          PROGRESSED,
          REGISTERED,
          RESPONDED,
          RESUMED,
          SCORED,
          SHARED,
          SUSPENDED,
          TERMINATED,
          VOIDED);

  public Verb {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(display, "display");
  }

  private static Verb adl(String word) {
    return new Verb(Iri.of(ADL_PREFIX + word), Optional.of(LanguageMap.of("en-US", word)));
  }

  /** Returns the verb with this IRI and no display. */
  public static Verb of(Iri id) {
    return new Verb(id, Optional.empty());
  }

  /**
   * Returns the verb with this IRI and no display.
   *
   * @throws IllegalArgumentException if {@code iri} is not an IRI
   */
  public static Verb of(String iri) {
    return of(Iri.of(iri));
  }

  /** Returns the verb with this IRI and display. */
  public static Verb of(Iri id, LanguageMap display) {
    return new Verb(id, Optional.of(display));
  }

  /** Returns ADL's verbs, the constants of this class. */
  public static List<Verb> adlVerbs() {
    return ADL_VERBS;
  }

  /** Returns a copy with this display. */
  public Verb withDisplay(LanguageMap newDisplay) {
    return new Verb(id, Optional.of(newDisplay));
  }

  /** Returns a copy without display, as statement comparison sees it. */
  public Verb withoutDisplay() {
    return display.isEmpty() ? this : new Verb(id, Optional.empty());
  }

  /**
   * Whether this is the reserved verb {@code http://adlnet.gov/expapi/verbs/voided} (xAPI Data
   * 2.3.2).
   */
  public boolean isVoiding() {
    return id.value().equals(ADL_PREFIX + "voided");
  }
}

package org.moocinterop.api.learner;

import java.net.URI;
import java.util.Locale;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * The alliance-wide identifier of a learner: the home page of the system that knows the learner
 * and the learner's id there, exactly the two parts of an xAPI account ({@code homePage} and
 * {@code name}). Two institutions may both have an {@code alice}; their learner ids differ by home
 * page.
 *
 * <p>The text form is {@code homePage|name}, such as {@code https://lms.uni-a.example|alice}.
 * A URI cannot hold a '|' (it must be percent-encoded), so the first '|' always ends the home page
 * and the name may hold anything, '|' included: {@link #parse(String)} reads exactly what
 * {@link #toString()} writes. Equality is that of the two parts ({@link URI#equals} for the home
 * page, so its scheme and host compare ignoring case).
 *
 * @param homePage the home page of the learner's system, an absolute http(s) URL
 * @param name the learner's id in that system (an LTI {@code sub}, a platform's user key); not
 *     blank and free of control characters
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2424-account-object">xAPI
 *     Data 2.4.2.4, Account Object</a>
 */
public record LearnerId(URI homePage, String name) {

  private static final char SEPARATOR = '|';

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the home page is not an absolute http(s) URL with a host,
   *     or the name is blank or holds a control character
   */
  public LearnerId {
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(name, "name");
    String scheme =
        homePage.getScheme() == null ? "" : homePage.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || homePage.getHost() == null) {
      throw new IllegalArgumentException("a learner id's home page must be an absolute http or"
          + " https URL with a host, not '" + homePage + "'");
    }
    if (name.isBlank() || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a learner id's name must not be blank or hold control"
          + " characters, not '" + name + "'");
    }
  }

  /** The learner {@code name} of the system at {@code homePage}. */
  public static LearnerId of(URI homePage, String name) {
    return new LearnerId(homePage, name);
  }

  /** The learner {@code name} of the system at {@code homePage}, given as text. */
  public static LearnerId of(String homePage, String name) {
    return new LearnerId(uri(homePage), name);
  }

  /**
   * Reads the text form {@code homePage|name} that {@link #toString()} writes.
   *
   * @throws IllegalArgumentException if there is no '|', or either part breaks its rule
   */
  public static LearnerId parse(String text) {
    Objects.requireNonNull(text, "text");
    int separator = text.indexOf(SEPARATOR);
    if (separator < 0) {
      throw new IllegalArgumentException(
          "a learner id reads 'homePage|name', such as 'https://lms.example|alice', not '"
              + text + "'");
    }
    return new LearnerId(uri(text.substring(0, separator)), text.substring(separator + 1));
  }

  /** The text form, {@code homePage|name}. */
  @Override
  public String toString() {
    return homePage.toString() + SEPARATOR + name;
  }

  private static URI uri(String homePage) {
    Objects.requireNonNull(homePage, "homePage");
    try {
      return new URI(homePage);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "a learner id's home page is not a URI: '" + homePage + "' (" + e.getReason() + ")", e);
    }
  }
}

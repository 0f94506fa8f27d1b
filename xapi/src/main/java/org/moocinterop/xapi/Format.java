package org.moocinterop.xapi;

/**
 * How much of a statement's Agents, Groups, Activities and Verbs an LRS returns: the
 * {@code format} parameter of a statement GET.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">
 *     xAPI-Communication 2.1.3 GET Statements</a>
 */
public enum Format {
  /** Every property as stored (the default). */
  EXACT,
  /**
   * Only what identifies: Agents and identified Groups keep {@code objectType} and their inverse
   * functional identifier, anonymous Groups keep {@code objectType} and their members (each in this
   * form), Activities and Verbs keep only their {@code id}.
   */
  IDS,
  /**
   * As {@link #EXACT}, but every language map of an Activity definition (name, description,
   * interaction component descriptions) and of a Verb display keeps only the one entry that best
   * fits the requested languages (the {@code Accept-Language} list).
   */
  CANONICAL;

  /**
   * The format named by a {@code format} query parameter ({@code exact}, {@code ids},
   * {@code canonical}), case-sensitive as the specification writes them.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static Format fromParameter(String value) {
    return switch (value) {
      case "exact" -> EXACT;
      case "ids" -> IDS;
      case "canonical" -> CANONICAL;
      default -> throw new IllegalArgumentException(
          "format must be exact, ids or canonical (xAPI-Communication 2.1.3): '" + value + "'");
    };
  }

  /** The query parameter value: {@code exact}, {@code ids} or {@code canonical}. */
  public String parameter() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

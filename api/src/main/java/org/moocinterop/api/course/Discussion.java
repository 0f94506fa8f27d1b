package org.moocinterop.api.course;

/**
 * A discussion topic: a forum thread that opens with a prompt.
 *
 * @param title the topic's title; not blank
 * @param prompt the opening text (plain text or HTML, as a cartridge's topic text); not blank
 */
public record Discussion(String title, String prompt) implements LearningResource {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the title or the prompt is blank
   */
  public Discussion {
    Checks.requireText(title, "a discussion title");
    Checks.requireText(prompt, "a discussion prompt");
  }

  /** The topic {@code title} opening with {@code prompt}. */
  public static Discussion of(String title, String prompt) {
    return new Discussion(title, prompt);
  }

  /** Always {@link LearningResource.Type#DISCUSSION}. */
  @Override
  public Type type() {
    return Type.DISCUSSION;
  }
}

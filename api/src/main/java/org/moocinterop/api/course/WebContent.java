package org.moocinterop.api.course;

import java.util.List;

/**
 * Web pages shipped inside the course package: an entry page and the files it uses (pictures,
 * style sheets). Paths are relative to the package root, with '/' separators and no '.' or '..'
 * segment, so that none points outside the package.
 *
 * @param href the page that opens, such as {@code week1/intro.html}
 * @param files the other files the page needs, without duplicates; an unmodifiable copy
 */
public record WebContent(String href, List<String> files) implements LearningResource {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a path is not a safe relative path, or repeats
   */
  public WebContent {
    Checks.requireRelativePath(href, "href");
    files = Checks.distinctCopy(files, "files");
    files.forEach(file -> Checks.requireRelativePath(file, "a file"));
  }

  /** The page {@code href} with the files it needs. */
  public static WebContent of(String href, String... files) {
    return new WebContent(href, List.of(files));
  }

  /** Always {@link LearningResource.Type#WEB_CONTENT}. */
  @Override
  public Type type() {
    return Type.WEB_CONTENT;
  }
}

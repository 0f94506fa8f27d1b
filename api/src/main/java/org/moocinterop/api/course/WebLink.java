package org.moocinterop.api.course;

import java.net.URI;

/**
 * A page on the web, outside the course package.
 *
 * @param title the link's title; not blank
 * @param url the page, an absolute http(s) URL
 */
public record WebLink(String title, URI url) implements LearningResource {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the title is blank or the URL not an absolute http(s) URL
   */
  public WebLink {
    Checks.requireText(title, "a web link title");
    Checks.requireWebUrl(url, "a web link url");
  }

  /** The link titled {@code title} to {@code url}. */
  public static WebLink of(String title, URI url) {
    return new WebLink(title, url);
  }

  /** Always {@link LearningResource.Type#WEB_LINK}. */
  @Override
  public Type type() {
    return Type.WEB_LINK;
  }
}

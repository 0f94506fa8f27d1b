package org.moocinterop.node;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a {@link NodeFeature} may know about the node serving it.
 *
 * @param baseUrl the URL clients reach the node at, without a trailing slash
 * @param dataDirectory where the node keeps its files (the H2 database among them)
 */
public record NodeContext(URI baseUrl, Path dataDirectory) {
  public NodeContext {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
  }
}

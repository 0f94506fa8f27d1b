package org.moocinterop.node;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * One capability the node serves (the LRS, the LTI demo, the catalog): it mounts its servlets
 * under its own paths when the server starts.
 */
public interface NodeFeature {

  /** A short name for the start-up log. */
  String name();

  /**
   * Mounts this feature's servlets and filters.
   *
   * @param context the root servlet context of the node
   * @param node what the node knows about itself (its base URL, its data directory)
   */
  void mount(ServletContextHandler context, NodeContext node);
}

package org.moocinterop.node.lrs;

import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;
import org.moocinterop.xapi.lrs.StatementsResource;

/**
 * Stands in for the statements resource until it is written: every request to
 * {@code /statements} gets 503 Service Unavailable naming rule {@code LRS.statements-not-installed}.
 * The node's LRS is not a conforming LRS while this is in place.
 */
final class StatementsNotInstalled implements StatementsResource {

  @Override
  public LrsResponse handle(AuthorizedRequest request) {
    throw new LrsException(503, "LRS.statements-not-installed", "xAPI-Communication 2.1",
        "this node does not serve statements yet; documents, about, activities and agents work");
  }
}

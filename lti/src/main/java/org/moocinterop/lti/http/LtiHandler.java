package org.moocinterop.lti.http;

/** An LTI endpoint: turns a request into a response, never throwing for bad input. */
@FunctionalInterface
public interface LtiHandler {

  /** Handles {@code request}; a refused request is an error response, not an exception. */
  LtiResponse handle(LtiRequest request);
}

package org.moocinterop.lti.platform;

import java.util.Optional;
import org.moocinterop.lti.http.LtiRequest;

/** How the host platform tells who is signed in, from a request (its session cookie). */
@FunctionalInterface
public interface CurrentUser {

  /** The signed-in user's id (the {@code sub} it gives tools), or empty if nobody is. */
  Optional<String> userId(LtiRequest request);
}

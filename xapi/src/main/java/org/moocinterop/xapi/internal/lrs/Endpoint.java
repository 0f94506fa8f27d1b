package org.moocinterop.xapi.internal.lrs;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.xapi.lrs.LrsPrincipal;
import org.moocinterop.xapi.lrs.XapiScope;

/** The xAPI resources, their paths below the LRS root, methods, and the scopes that open them. */
public enum Endpoint {
  STATEMENTS("/statements", Set.of("GET", "PUT", "POST"),
      EnumSet.of(XapiScope.STATEMENTS_READ, XapiScope.STATEMENTS_READ_MINE, XapiScope.ALL_READ),
      EnumSet.of(XapiScope.STATEMENTS_WRITE)),
  STATE("/activities/state", Set.of("GET", "PUT", "POST", "DELETE"),
      EnumSet.of(XapiScope.STATE, XapiScope.ALL_READ), EnumSet.of(XapiScope.STATE)),
  ACTIVITY_PROFILE("/activities/profile", Set.of("GET", "PUT", "POST", "DELETE"),
      EnumSet.of(XapiScope.PROFILE, XapiScope.ALL_READ), EnumSet.of(XapiScope.PROFILE)),
  AGENT_PROFILE("/agents/profile", Set.of("GET", "PUT", "POST", "DELETE"),
      EnumSet.of(XapiScope.PROFILE, XapiScope.ALL_READ), EnumSet.of(XapiScope.PROFILE)),
  ACTIVITIES("/activities", Set.of("GET"),
      EnumSet.of(XapiScope.ALL_READ, XapiScope.STATEMENTS_READ, XapiScope.DEFINE, XapiScope.PROFILE,
          XapiScope.STATE),
      EnumSet.noneOf(XapiScope.class)),
  AGENTS("/agents", Set.of("GET"),
      EnumSet.of(XapiScope.ALL_READ, XapiScope.STATEMENTS_READ, XapiScope.DEFINE, XapiScope.PROFILE,
          XapiScope.STATE),
      EnumSet.noneOf(XapiScope.class)),
  ABOUT("/about", Set.of("GET"), EnumSet.noneOf(XapiScope.class), EnumSet.noneOf(XapiScope.class));

  private final String path;
  // Each set is an unmodifiable copy made in the constructor.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<String> methods;
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<XapiScope> readScopes;
  @SuppressWarnings("ImmutableEnumChecker")
  private final Set<XapiScope> writeScopes;

  Endpoint(String path, Set<String> methods, Set<XapiScope> readScopes, Set<XapiScope> writeScopes) {
    this.path = path;
    this.methods = Set.copyOf(methods);
    this.readScopes = Set.copyOf(readScopes);
    this.writeScopes = Set.copyOf(writeScopes);
  }

  /** The resource at {@code path} (a trailing slash is ignored), if any. */
  public static Optional<Endpoint> at(String path) {
    String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    for (Endpoint endpoint : values()) {
      if (endpoint.path.equals(normalized)) {
        return Optional.of(endpoint);
      }
    }
    return Optional.empty();
  }

  public String path() {
    return path;
  }

  /** The methods it answers, HEAD aside (allowed wherever GET is). */
  public Set<String> methods() {
    return methods;
  }

  /** Whether {@code principal} may call it with {@code method} (GET for HEAD). */
  public boolean permits(LrsPrincipal principal, String method) {
    Set<XapiScope> needed = method.equals("GET") ? readScopes : writeScopes;
    return needed.stream().anyMatch(principal::has);
  }
}

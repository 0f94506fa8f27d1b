package org.moocinterop.node.lti;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is signed in to the demo platform: choosing a demo user on its page signs that user in, with
 * an opaque random session id in a cookie. In memory, bounded; a real platform has its own login.
 */
final class DemoSessions {

  static final String COOKIE = "demo_platform_session";
  private static final int MAX_SESSIONS = 10_000;

  private final Map<String, String> users = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /**
   * Signs {@code userId} in; returns the {@code Set-Cookie} value of the new session. The cookie
   * is {@code SameSite=Lax}: the tool's redirect to the authorization endpoint is a top-level
   * navigation, which carries it.
   */
  String signIn(String userId, boolean secure) {
    if (users.size() >= MAX_SESSIONS) {
      users.clear();
    }
    byte[] id = new byte[32];
    random.nextBytes(id);
    String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    users.put(session, userId);
    return COOKIE + "=" + session + "; Path=/lti/platform; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }

  /** The user of a session. */
  Optional<String> userId(String session) {
    return Optional.ofNullable(users.get(session));
  }
}

package org.moocinterop.xapi.internal.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.xapi.lrs.LrsCredential;
import org.moocinterop.xapi.lrs.LrsCredentialStore;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsHeaders;
import org.moocinterop.xapi.lrs.LrsPrincipal;
import org.moocinterop.xapi.lrs.XapiScope;

/**
 * HTTP Basic authentication against an {@link LrsCredentialStore}. An unknown key costs the same
 * hash comparison as a known one, so timing does not tell which keys exist.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#40-authentication">
 *     xAPI Communication 4 Authentication</a>
 */
public final class BasicAuthenticator {

  private static final LrsCredential DECOY = LrsCredential.create(
      "decoy", "decoy-secret-never-granted", "none", new Json().object(), Set.of(XapiScope.ALL));

  private final LrsCredentialStore credentials;

  public BasicAuthenticator(LrsCredentialStore credentials) {
    this.credentials = credentials;
  }

  /**
   * The principal of the {@code Authorization} header.
   *
   * @throws LrsException 401 when it is missing, malformed, or the credential is wrong
   */
  public LrsPrincipal authenticate(LrsHeaders headers) {
    String header = headers.first("Authorization").orElseThrow(
        () -> unauthorized("this LRS requires HTTP Basic authentication"));
    int space = header.indexOf(' ');
    if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
      throw unauthorized("the Authorization header is not HTTP Basic");
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(space + 1).trim()), UTF_8);
    } catch (IllegalArgumentException e) {
      throw unauthorized("the Basic credentials are not valid Base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw unauthorized("the Basic credentials have no colon between key and secret");
    }
    String key = decoded.substring(0, colon);
    String secret = decoded.substring(colon + 1);
    Optional<LrsCredential> credential = credentials.find(key);
    boolean matches = credential.orElse(DECOY).matches(secret);
    if (credential.isEmpty() || !matches) {
      throw unauthorized("the key or secret is wrong");
    }
    return credential.get().principal();
  }

  private static LrsException unauthorized(String message) {
    return new LrsException(401, Rules.AUTHENTICATION, "xAPI-Communication 4", message);
  }
}

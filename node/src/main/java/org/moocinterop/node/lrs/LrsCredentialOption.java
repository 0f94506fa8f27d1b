package org.moocinterop.node.lrs;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The credential of {@code serve --lrs-user U --lrs-password P}: what was given, or a random
 * password (and the user {@code lrs}) where nothing was.
 *
 * @param user the Basic user name
 * @param password the Basic password
 * @param generated whether the password was generated (then the start-up line shows it)
 */
public record LrsCredentialOption(String user, String password, boolean generated) {

  static final String DEFAULT_USER = "lrs";
  private static final SecureRandom RANDOM = new SecureRandom();

  public LrsCredentialOption {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** The credential from the options, generating the password when none is given. */
  public static LrsCredentialOption resolve(@Nullable String user, @Nullable String password) {
    String chosenUser = user == null || user.isBlank() ? DEFAULT_USER : user;
    if (chosenUser.indexOf(':') >= 0) {
      throw new IllegalArgumentException("--lrs-user must not contain a colon");
    }
    if (password != null && !password.isEmpty()) {
      return new LrsCredentialOption(chosenUser, password, false);
    }
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return new LrsCredentialOption(chosenUser, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), true);
  }

  /** The credential for the start-up line: the password only when it was generated. */
  public String describe() {
    return user + ":" + (generated ? password : "(password from --lrs-password)");
  }

  @Override
  public String toString() {
    return "LrsCredentialOption[" + user + ", generated=" + generated + "]";
  }
}

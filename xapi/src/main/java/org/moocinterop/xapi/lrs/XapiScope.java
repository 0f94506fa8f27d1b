package org.moocinterop.xapi.lrs;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The permissions a credential grants, named as xAPI names its authorization scopes.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#oauth-authorization-scope">
 *     xAPI Communication 4.2 OAuth Authorization Scope</a>
 */
public enum XapiScope {
  /** Write statements. */
  STATEMENTS_WRITE("statements/write"),
  /** Read every statement. */
  STATEMENTS_READ("statements/read"),
  /** Read the statements this credential wrote. */
  STATEMENTS_READ_MINE("statements/read/mine"),
  /** Read and write state documents. */
  STATE("state"),
  /** Define activities and agents (their definitions from statements are kept). */
  DEFINE("define"),
  /** Read and write activity and agent profile documents. */
  PROFILE("profile"),
  /** Read anything. */
  ALL_READ("all/read"),
  /** Everything. */
  ALL("all");

  private final String text;

  XapiScope(String text) {
    this.text = text;
  }

  /** The scope as xAPI writes it, such as {@code statements/write}. */
  public String text() {
    return text;
  }

  /** The scope written {@code text}, if xAPI defines one. */
  public static Optional<XapiScope> parse(String text) {
    Objects.requireNonNull(text, "text");
    return Arrays.stream(values()).filter(s -> s.text.equals(text.trim())).findFirst();
  }

  @Override
  public String toString() {
    return text;
  }
}

package org.moocinterop.xapi.lrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller of the LRS: which credential, for which institution, acting as which
 * authority, with which scopes.
 */
public final class LrsPrincipal {

  private final String key;
  private final String institution;
  private final ObjectNode authority;
  private final Set<XapiScope> scopes;

  /**
   * @param key the credential key (the Basic user name)
   * @param institution the institution the credential belongs to
   * @param authority the xAPI Agent (or Group) put in {@code authority} of statements it stores
   * @param scopes what it may do
   */
  public LrsPrincipal(String key, String institution, ObjectNode authority, Set<XapiScope> scopes) {
    this.key = Objects.requireNonNull(key, "key");
    this.institution = Objects.requireNonNull(institution, "institution");
    this.authority = Objects.requireNonNull(authority, "authority").deepCopy();
    this.scopes = Set.copyOf(scopes.isEmpty() ? EnumSet.noneOf(XapiScope.class) : EnumSet.copyOf(scopes));
  }

  public String key() {
    return key;
  }

  public String institution() {
    return institution;
  }

  /** A copy of the authority Agent as JSON, for the {@code authority} property of statements. */
  public ObjectNode authority() {
    return authority.deepCopy();
  }

  public Set<XapiScope> scopes() {
    return scopes;
  }

  /** Whether this caller holds {@code scope} itself or through {@link XapiScope#ALL}. */
  public boolean has(XapiScope scope) {
    return scopes.contains(scope) || scopes.contains(XapiScope.ALL);
  }

  /**
   * Whether this caller may read statements written by others; when false but it holds
   * {@link XapiScope#STATEMENTS_READ_MINE}, a statements resource returns only its own.
   */
  public boolean readsAllStatements() {
    return has(XapiScope.STATEMENTS_READ) || has(XapiScope.ALL_READ);
  }

  @Override
  public String toString() {
    return "LrsPrincipal[" + key + " of " + institution + ", scopes=" + scopes + "]";
  }
}

package org.moocinterop.lti;

/**
 * A version of LTI that this library speaks.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/">LTI Core 1.3</a>
 */
public enum LtiVersion {
  /** LTI 1.1 (basic launches signed with OAuth 1.0a) with the Outcomes service. */
  V1_1("LTI-1p0"),
  /** LTI 1.3.0 on OpenID Connect, with the Advantage services. */
  V1_3_0("1.3.0");

  private final String wireValue;

  LtiVersion(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The value messages carry: {@code lti_version=LTI-1p0} in an LTI 1.1 launch, the
   * {@code https://purl.imsglobal.org/spec/lti/claim/version} claim in LTI 1.3.
   */
  public String wireValue() {
    return wireValue;
  }
}

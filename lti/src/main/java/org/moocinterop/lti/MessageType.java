package org.moocinterop.lti;

import java.util.Objects;

/**
 * The {@code https://purl.imsglobal.org/spec/lti/claim/message_type} of an LTI 1.3 message: a
 * typed, open vocabulary with constants for the types this library handles and {@link #of(String)}
 * for any other.
 *
 * @param value the claim value, such as {@code LtiResourceLinkRequest}
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#message-type-claim">LTI Core 5.3.1</a>
 */
public record MessageType(String value) {

  /** A resource link launch (LTI Core 5.3). */
  public static final MessageType RESOURCE_LINK = new MessageType("LtiResourceLinkRequest");
  /** A deep linking request (Deep Linking 2.0, 4.4). */
  public static final MessageType DEEP_LINKING = new MessageType("LtiDeepLinkingRequest");
  /** A deep linking response, sent by a tool back to the platform (Deep Linking 2.0, 4.5). */
  public static final MessageType DEEP_LINKING_RESPONSE = new MessageType("LtiDeepLinkingResponse");
  /** A submission review launch (AGS 2.0 submission review). */
  public static final MessageType SUBMISSION_REVIEW = new MessageType("LtiSubmissionReviewRequest");

  /**
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public MessageType {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a message type must not be blank");
    }
  }

  /** The message type with this claim value, known or not. */
  public static MessageType of(String value) {
    return new MessageType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

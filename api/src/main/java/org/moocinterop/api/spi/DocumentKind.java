package org.moocinterop.api.spi;

/**
 * The three kinds of xAPI documents an LRS keeps for clients.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#22-document-resources">
 *     xAPI Communication 2.2 Document Resources</a>
 */
public enum DocumentKind {
  /** A state document: activity, agent, optional registration, state id. */
  STATE,
  /** An activity profile document: activity and profile id. */
  ACTIVITY_PROFILE,
  /** An agent profile document: agent and profile id. */
  AGENT_PROFILE
}

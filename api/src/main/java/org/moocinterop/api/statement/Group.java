package org.moocinterop.api.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of agents: identified (it has an inverse functional identifier, and any number of
 * members) or anonymous (no identifier, at least one member).
 *
 * <p>Equality ignores the order of members: xAPI Data 2.3.1 says the list of Agents in a Group is
 * not ordered. Members are compared as a multiset.
 *
 * @param name the display name, if given
 * @param ifi the inverse functional identifier of an identified group; empty for an anonymous one
 * @param members the members (Agents only; a group cannot contain a group); unmodifiable
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2422-when-the-actor-objecttype-is-group">
 *     xAPI Data 2.4.2.2</a>
 */
public record Group(Optional<String> name, Optional<InverseFunctionalIdentifier> ifi, List<Agent> members)
    implements Actor {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the group is anonymous and has no member
   */
  public Group {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ifi, "ifi");
    members = List.copyOf(Objects.requireNonNull(members, "members"));
    if (ifi.isEmpty() && members.isEmpty()) {
      throw new IllegalArgumentException(
          "an anonymous group (without an inverse functional identifier) must have at least one"
              + " member (xAPI Data 2.4.2.2)");
    }
  }

  /**
   * Returns an anonymous group of these members.
   *
   * @throws IllegalArgumentException if {@code members} is empty
   */
  public static Group anonymous(List<Agent> members) {
    return new Group(Optional.empty(), Optional.empty(), members);
  }

  /** Returns the group identified by {@code ifi}, with these members (possibly none). */
  public static Group identified(InverseFunctionalIdentifier ifi, List<Agent> members) {
    return new Group(Optional.empty(), Optional.of(ifi), members);
  }

  /** Returns a copy with this name. */
  public Group withName(String newName) {
    return new Group(Optional.of(newName), ifi, members);
  }

  /** Whether the group has no inverse functional identifier. */
  public boolean isAnonymous() {
    return ifi.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Group other)) {
      return false;
    }
    if (!name.equals(other.name) || !ifi.equals(other.ifi) || members.size() != other.members.size()) {
      return false;
    }
    List<Agent> remaining = new ArrayList<>(other.members);
    for (Agent member : members) {
      if (!remaining.remove(member)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int membersHash = 0;
    for (Agent member : members) {
      membersHash += member.hashCode();
    }
    return Objects.hash(name, ifi, membersHash);
  }
}

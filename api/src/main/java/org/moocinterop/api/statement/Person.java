package org.moocinterop.api.statement;

import java.util.List;
import java.util.Objects;

/**
 * What an LRS knows of a person: every name and identifier of the agents it holds to be that
 * person, as returned by the Agents resource. Component names follow the JSON properties (which
 * are arrays despite their singular names).
 *
 * @param name display names
 * @param mbox {@code mbox} identifiers
 * @param mboxSha1Sum {@code mbox_sha1sum} identifiers
 * @param openid {@code openid} identifiers
 * @param account {@code account} identifiers
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#24-agents-resource">
 *     xAPI Communication 2.4 Agents Resource</a>
 */
public record Person(
    List<String> name,
    List<Mbox> mbox,
    List<MboxSha1Sum> mboxSha1Sum,
    List<OpenId> openid,
    List<Account> account) {

  public Person {
    name = List.copyOf(Objects.requireNonNull(name, "name"));
    mbox = List.copyOf(Objects.requireNonNull(mbox, "mbox"));
    mboxSha1Sum = List.copyOf(Objects.requireNonNull(mboxSha1Sum, "mboxSha1Sum"));
    openid = List.copyOf(Objects.requireNonNull(openid, "openid"));
    account = List.copyOf(Objects.requireNonNull(account, "account"));
  }

  /**
   * Returns the person of a single agent: its name (if any) and its identifier, which is what an
   * LRS that does not link agents returns.
   */
  public static Person of(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    List<String> names = agent.name().map(List::of).orElse(List.of());
    InverseFunctionalIdentifier ifi = agent.ifi();
    return new Person(
        names,
        ifi instanceof Mbox m ? List.of(m) : List.of(),
        ifi instanceof MboxSha1Sum s ? List.of(s) : List.of(),
        ifi instanceof OpenId o ? List.of(o) : List.of(),
        ifi instanceof Account a ? List.of(a) : List.of());
  }
}

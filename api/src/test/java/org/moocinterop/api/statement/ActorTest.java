package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.api.statement.Fixtures.ADA;
import static org.moocinterop.api.statement.Fixtures.BOB;
import static org.moocinterop.api.statement.Fixtures.CAROL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/ada", "ada@example.org", "mailto:", "mailto:ada", "mailto:ada@"})
  void mboxMustBeAMailtoIri(String value) {
    assertThatThrownBy(() -> Mbox.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mailto:");
  }

  @Test
  void mboxDomainIsCaseInsensitiveButTheLocalPartIsNot() {
    assertThat(Mbox.of("mailto:Ada@Example.ORG")).isEqualTo(Mbox.of("mailto:Ada@example.org"));
    assertThat(Mbox.of("mailto:Ada@Example.ORG")).hasSameHashCodeAs(Mbox.of("mailto:Ada@example.org"));
    assertThat(Mbox.of("mailto:Ada@example.org")).isNotEqualTo(Mbox.of("mailto:ada@example.org"));
    assertThat(Mbox.ofAddress("ada@example.org").address()).isEqualTo("ada@example.org");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ebd31e95054c018b10727ccffd2ef2ec3a016ee",
        "ebd31e95054c018b10727ccffd2ef2ec3a016ee9a",
        "gbd31e95054c018b10727ccffd2ef2ec3a016ee9",
        "mailto:ada@example.org"
      })
  void mboxSha1SumMustBe40HexDigits(String value) {
    assertThatThrownBy(() -> MboxSha1Sum.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("40 hexadecimal");
  }

  @Test
  void mboxSha1SumComparesWithoutCase() {
    MboxSha1Sum lower = MboxSha1Sum.of("ebd31e95054c018b10727ccffd2ef2ec3a016ee9");
    MboxSha1Sum upper = MboxSha1Sum.of("EBD31E95054C018B10727CCFFD2EF2EC3A016EE9");
    assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper);
    assertThat(upper.value()).isEqualTo("EBD31E95054C018B10727CCFFD2EF2EC3A016EE9");
  }

  @Test
  void anAgentHasExactlyOneInverseFunctionalIdentifier() {
    assertThat(ADA.ifi()).isInstanceOf(Mbox.class);
    assertThat(ADA.name()).contains("Ada");
    assertThat(Agent.ofMbox("mailto:x@y.z").name()).isEmpty();
    assertThatThrownBy(() -> Account.of("https://lms.example.org", " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAnonymousGroupMustHaveMembers() {
    assertThatThrownBy(() -> Group.anonymous(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anonymous group")
        .hasMessageContaining("2.4.2.2");
    Group identified = Group.identified(OpenId.of("https://openid.example.org/team"), List.of());
    assertThat(identified.isAnonymous()).isFalse();
    assertThat(identified.members()).isEmpty();
  }

  @Test
  void groupMemberOrderIsIgnoredInEquality() {
    Group one = Group.anonymous(List.of(ADA, BOB, CAROL)).withName("Team");
    Group other = Group.anonymous(List.of(CAROL, ADA, BOB)).withName("Team");
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one.members()).containsExactly(ADA, BOB, CAROL);
  }

  @Test
  void groupMembersCompareAsAMultiset() {
    assertThat(Group.anonymous(List.of(ADA, ADA, BOB))).isNotEqualTo(Group.anonymous(List.of(ADA, BOB, BOB)));
    assertThat(Group.anonymous(List.of(ADA))).isNotEqualTo(Group.anonymous(List.of(ADA, BOB)));
    assertThat(Group.anonymous(List.of(ADA)).withName("A")).isNotEqualTo(Group.anonymous(List.of(ADA)));
  }

  @Test
  void groupMembersAreCopied() {
    List<Agent> members = new ArrayList<>(List.of(ADA));
    Group group = Group.anonymous(members);
    members.add(BOB);
    assertThat(group.members()).containsExactly(ADA);
    assertThatThrownBy(() -> group.members().add(BOB)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void personOfAnAgentHoldsItsNameAndIdentifier() {
    Person person = Person.of(ADA);
    assertThat(person.name()).containsExactly("Ada");
    assertThat(person.mbox()).containsExactly(Mbox.of("mailto:ada@example.org"));
    assertThat(person.mboxSha1Sum()).isEmpty();
    assertThat(Person.of(BOB).account()).containsExactly(Account.of("https://lms.example.org", "bob"));
  }
}

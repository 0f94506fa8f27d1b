package org.moocinterop.api.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LearnerIdTest {

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "https://lms.uni-a.example; alice",
    "https://lms.uni-a.example/; alice@uni-a.example",
    "http://localhost:8080/moodle; 42",
    "https://uni-b.example/users?x=1; a|b|c",
    "https://mastodon.example/@team; Ünïcode name",
  })
  void toStringAndParseRoundTrip(String homePage, String name) {
    LearnerId id = LearnerId.of(homePage, name);

    assertThat(id.toString()).isEqualTo(homePage + "|" + name);
    assertThat(LearnerId.parse(id.toString())).isEqualTo(id);
    assertThat(LearnerId.parse(id.toString()).name()).isEqualTo(name);
    assertThat(LearnerId.parse(id.toString()).homePage()).isEqualTo(URI.create(homePage));
  }

  @Test
  void equalityIsThatOfHomePageAndName() {
    LearnerId alice = LearnerId.of("https://lms.uni-a.example", "alice");

    assertThat(alice).isEqualTo(LearnerId.of(URI.create("https://lms.uni-a.example"), "alice"))
        .hasSameHashCodeAs(LearnerId.parse("https://lms.uni-a.example|alice"));
    assertThat(alice).isNotEqualTo(LearnerId.of("https://lms.uni-b.example", "alice"));
    assertThat(alice).isNotEqualTo(LearnerId.of("https://lms.uni-a.example", "Alice"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://lms.uni-a.example alice", "alice", ""})
  void textWithoutSeparatorIsRefused(String text) {
    assertThatThrownBy(() -> LearnerId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a learner id reads 'homePage|name'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"lms.uni-a.example|alice", "urn:uni-a|alice", "mailto:a@b.example|alice",
      "/relative|alice", "https://|alice", "https://bad host|alice"})
  void homePagesThatAreNoWebUrlsAreRefused(String text) {
    assertThatThrownBy(() -> LearnerId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("home page");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://lms.uni-a.example|", "https://lms.uni-a.example|  ",
      "https://lms.uni-a.example|a\nb"})
  void blankOrControlNamesAreRefused(String text) {
    assertThatThrownBy(() -> LearnerId.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a learner id's name must not be blank or hold control characters");
  }
}

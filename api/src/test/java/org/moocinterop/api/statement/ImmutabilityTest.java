package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.api.statement.Fixtures.ADA;
import static org.moocinterop.api.statement.Fixtures.COURSE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonBoolean;
import org.moocinterop.api.json.JsonValue;

class ImmutabilityTest {

  private static final Attachment ATTACHMENT =
      Attachment.of(Iri.of("https://example.org/usage"), LanguageMap.of("en", "A"), "text/plain", 3, "abcd");

  @Test
  void mutatingTheAttachmentsListAfterBuildingChangesNothing() {
    List<Attachment> attachments = new ArrayList<>(List.of(ATTACHMENT));
    Statement.Builder builder = Fixtures.completedCourse().attachments(attachments);
    Statement statement = builder.build();
    attachments.clear();

    assertThat(statement.attachments()).containsExactly(ATTACHMENT);
    assertThat(builder.build().attachments()).containsExactly(ATTACHMENT);
    assertThatThrownBy(() -> statement.attachments().add(ATTACHMENT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderReusedAfterBuildDoesNotChangeTheBuiltStatement() {
    Statement.Builder builder = Fixtures.completedCourse();
    Statement first = builder.build();
    builder.verb(Verb.PASSED);
    assertThat(first.verb()).isEqualTo(Verb.COMPLETED);
  }

  @Test
  void extensionsAreACopy() {
    Map<Iri, JsonValue> entries = new LinkedHashMap<>();
    entries.put(Iri.of("https://example.org/a"), JsonBoolean.TRUE);
    Extensions extensions = Extensions.of(entries);
    entries.put(Iri.of("https://example.org/b"), JsonBoolean.FALSE);
    assertThat(extensions.asMap()).hasSize(1);
    assertThatThrownBy(() -> extensions.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void subStatementAttachmentsAreACopy() {
    List<Attachment> attachments = new ArrayList<>(List.of(ATTACHMENT));
    SubStatement sub =
        SubStatement.builder().actor(ADA).verb(Verb.ATTEMPTED).object(COURSE).attachments(attachments).build();
    attachments.clear();
    assertThat(sub.attachments()).containsExactly(ATTACHMENT);
  }

  @Test
  void personListsAreCopies() {
    List<String> names = new ArrayList<>(List.of("Ada"));
    Person person = new Person(names, List.of(), List.of(), List.of(), List.of());
    names.add("Bob");
    assertThat(person.name()).containsExactly("Ada");
  }

  @Test
  void attachmentRulesAreChecked() {
    assertThatThrownBy(() -> Attachment.of(Iri.of("https://e.org/u"), LanguageMap.of("en", "A"), "text/plain", -1, "ab"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length");
    assertThatThrownBy(() -> Attachment.of(Iri.of("https://e.org/u"), LanguageMap.of("en", "A"), "text/plain", 1, "xyz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sha2");
    assertThat(ATTACHMENT.withFileUrl(Iri.of("https://e.org/f")).fileUrl()).contains(Iri.of("https://e.org/f"));
  }
}

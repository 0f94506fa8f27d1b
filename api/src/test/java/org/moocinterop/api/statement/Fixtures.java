package org.moocinterop.api.statement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.moocinterop.api.Iri;

/** Small ready-made parts for statement tests. */
final class Fixtures {

  static final Agent ADA = Agent.of("Ada", Mbox.of("mailto:ada@example.org"));
  static final Agent BOB = Agent.of(Account.of("https://lms.example.org", "bob"));
  static final Agent CAROL = Agent.of(MboxSha1Sum.of("ebd31e95054c018b10727ccffd2ef2ec3a016ee9"));
  static final Activity COURSE =
      Activity.of(
          Iri.of("https://example.org/courses/algebra"),
          ActivityDefinition.builder()
              .name(LanguageMap.of("en-US", "Algebra"))
              .type(ActivityType.COURSE)
              .build());
  static final UUID ID = UUID.fromString("6b2c4a9e-9b9f-4c4e-8d1e-0a3c2b1d4e5f");
  static final Instant T0 = Instant.parse("2024-05-04T17:00:00.123456789Z");

  private Fixtures() {}

  static Statement.Builder completedCourse() {
    return Statement.builder().id(ID).actor(ADA).verb(Verb.COMPLETED).object(COURSE);
  }

  static Group team() {
    return Group.anonymous(List.of(ADA, BOB, CAROL));
  }
}

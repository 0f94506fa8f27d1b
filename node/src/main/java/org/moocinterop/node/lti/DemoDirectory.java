package org.moocinterop.node.lti;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.learner.Role;

/** The demo platform's fixed people and courses: enough to show a launch, nothing more. */
final class DemoDirectory {

  /** A demo user of the platform; {@code id} becomes the launch's {@code sub}. */
  record User(String id, String givenName, String familyName, String email, Role role) {
    User {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(givenName, "givenName");
      Objects.requireNonNull(familyName, "familyName");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(role, "role");
    }

    String name() {
      return givenName + " " + familyName;
    }
  }

  /** A demo course; it becomes the launch's context, and its one resource link. */
  record Course(String id, String label, String title) {
    Course {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(title, "title");
    }

    String resourceLinkId() {
      return id + "-activity-1";
    }
  }

  static final List<User> USERS = List.of(
      new User("demo-learner-1", "Lea", "Lernerin", "lea@example.org", Role.LEARNER),
      new User("demo-instructor-1", "Ian", "Instructor", "ian@example.org", Role.INSTRUCTOR));

  static final List<Course> COURSES = List.of(
      new Course("course-interop-101", "INTEROP101", "Interoperability of Learning Tools"),
      new Course("course-xapi-201", "XAPI201", "Learning Records with xAPI"),
      new Course("course-cc-301", "CC301", "Sharing Courses as Common Cartridges"));

  private DemoDirectory() {}

  static Optional<User> user(String id) {
    return USERS.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  static Optional<Course> course(String id) {
    return COURSES.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}

package org.moocinterop.api.learner;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A role a person holds, named by an IRI of the 1EdTech LIS vocabulary (or any other IRI).
 *
 * <p>A typed, open vocabulary: the constants cover the LIS roles that LTI 1.3 names, and
 * {@link #of(String)} accepts any IRI. {@link #parse(String)} also reads the short and URN forms
 * of LTI 1.1 launches ({@code Instructor}, {@code urn:lti:role:ims/lis/Learner}) and returns their
 * LTI 1.3 IRI, so a role compares equal however it arrived.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Appendix A,
 *     Role vocabularies</a>
 */
public record Role(String iri) {

  private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";
  private static final String INSTITUTION =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
  private static final String CONTEXT = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
  private static final String CONTEXT_SUB = "http://purl.imsglobal.org/vocab/lis/v2/membership/";

  /** Where a role applies. */
  public enum Scope {
    /** A role in the platform as a whole (LIS system roles). */
    SYSTEM,
    /** A role in the institution (LIS institution roles). */
    INSTITUTION,
    /** A role in one context, such as a course run (LIS membership roles and sub-roles). */
    CONTEXT,
    /** Any other vocabulary. */
    OTHER
  }

  public static final Role SYSTEM_ADMINISTRATOR = new Role(SYSTEM + "Administrator");
  public static final Role SYSTEM_NONE = new Role(SYSTEM + "None");
  public static final Role SYSTEM_ACCOUNT_ADMIN = new Role(SYSTEM + "AccountAdmin");
  public static final Role SYSTEM_CREATOR = new Role(SYSTEM + "Creator");
  public static final Role SYSTEM_SYS_ADMIN = new Role(SYSTEM + "SysAdmin");
  public static final Role SYSTEM_SYS_SUPPORT = new Role(SYSTEM + "SysSupport");
  public static final Role SYSTEM_USER = new Role(SYSTEM + "User");
  /** LTI's test user marker. */
  public static final Role TEST_USER = new Role("http://purl.imsglobal.org/vocab/lti/system/person#TestUser");

  public static final Role INSTITUTION_ADMINISTRATOR = new Role(INSTITUTION + "Administrator");
  public static final Role INSTITUTION_FACULTY = new Role(INSTITUTION + "Faculty");
  public static final Role INSTITUTION_GUEST = new Role(INSTITUTION + "Guest");
  public static final Role INSTITUTION_NONE = new Role(INSTITUTION + "None");
  public static final Role INSTITUTION_OTHER = new Role(INSTITUTION + "Other");
  public static final Role INSTITUTION_STAFF = new Role(INSTITUTION + "Staff");
  public static final Role INSTITUTION_STUDENT = new Role(INSTITUTION + "Student");
  public static final Role INSTITUTION_ALUMNI = new Role(INSTITUTION + "Alumni");
  public static final Role INSTITUTION_INSTRUCTOR = new Role(INSTITUTION + "Instructor");
  public static final Role INSTITUTION_LEARNER = new Role(INSTITUTION + "Learner");
  public static final Role INSTITUTION_MEMBER = new Role(INSTITUTION + "Member");
  public static final Role INSTITUTION_MENTOR = new Role(INSTITUTION + "Mentor");
  public static final Role INSTITUTION_OBSERVER = new Role(INSTITUTION + "Observer");
  public static final Role INSTITUTION_PROSPECTIVE_STUDENT =
      new Role(INSTITUTION + "ProspectiveStudent");

  public static final Role ADMINISTRATOR = new Role(CONTEXT + "Administrator");
  public static final Role CONTENT_DEVELOPER = new Role(CONTEXT + "ContentDeveloper");
  public static final Role INSTRUCTOR = new Role(CONTEXT + "Instructor");
  public static final Role LEARNER = new Role(CONTEXT + "Learner");
  public static final Role MENTOR = new Role(CONTEXT + "Mentor");
  public static final Role MANAGER = new Role(CONTEXT + "Manager");
  public static final Role MEMBER = new Role(CONTEXT + "Member");
  public static final Role OFFICER = new Role(CONTEXT + "Officer");
  public static final Role TEACHING_ASSISTANT =
      new Role(CONTEXT_SUB + "Instructor#TeachingAssistant");

  public Role {
    Objects.requireNonNull(iri, "iri");
    if (iri.isBlank() || iri.chars().anyMatch(Character::isWhitespace) || iri.indexOf(':') < 1) {
      throw new IllegalArgumentException("a role is an IRI with a scheme, not '" + iri + "'");
    }
  }

  /** The role with this IRI, known or not. */
  public static Role of(String iri) {
    return new Role(iri);
  }

  /**
   * Reads a role as LTI messages carry it: a full IRI, an LTI 1.1 URN
   * ({@code urn:lti:role:ims/lis/Instructor}, {@code urn:lti:instrole:ims/lis/Student},
   * {@code urn:lti:sysrole:ims/lis/Administrator}, with optional {@code /SubRole}), or a bare
   * context role name ({@code Learner}), which LTI 1.3 deprecates but still allows.
   *
   * @throws IllegalArgumentException if the text is none of these
   */
  public static Role parse(String text) {
    Objects.requireNonNull(text, "text");
    String value = text.trim();
    Optional<Role> urn = fromLti11Urn(value);
    if (urn.isPresent()) {
      return urn.get();
    }
    if (value.indexOf(':') < 0 && !value.isEmpty() && value.chars().allMatch(Character::isLetter)) {
      return new Role(CONTEXT + value);
    }
    return new Role(value);
  }

  private static Optional<Role> fromLti11Urn(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    String[][] prefixes = {
      {"urn:lti:role:ims/lis/", CONTEXT},
      {"urn:lti:instrole:ims/lis/", INSTITUTION},
      {"urn:lti:sysrole:ims/lis/", SYSTEM},
    };
    for (String[] prefix : prefixes) {
      if (lower.startsWith(prefix[0])) {
        String rest = value.substring(prefix[0].length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
          return Optional.of(new Role(prefix[1] + rest));
        }
        String principal = rest.substring(0, slash);
        String sub = rest.substring(slash + 1);
        return Optional.of(prefix[1].equals(CONTEXT)
            ? new Role(CONTEXT_SUB + principal + "#" + sub)
            : new Role(prefix[1] + sub));
      }
    }
    return Optional.empty();
  }

  /** Where this role applies, from its IRI. */
  public Scope scope() {
    if (iri.startsWith(CONTEXT) || iri.startsWith(CONTEXT_SUB)) {
      return Scope.CONTEXT;
    }
    if (iri.startsWith(INSTITUTION)) {
      return Scope.INSTITUTION;
    }
    if (iri.startsWith(SYSTEM) || iri.equals(TEST_USER.iri)) {
      return Scope.SYSTEM;
    }
    return Scope.OTHER;
  }

  /**
   * For a context sub-role ({@code membership/Instructor#TeachingAssistant}), its principal role
   * ({@code membership#Instructor}); for any other role, empty.
   */
  public Optional<Role> principal() {
    if (!iri.startsWith(CONTEXT_SUB)) {
      return Optional.empty();
    }
    String rest = iri.substring(CONTEXT_SUB.length());
    int hash = rest.indexOf('#');
    return hash <= 0 ? Optional.empty() : Optional.of(new Role(CONTEXT + rest.substring(0, hash)));
  }

  /** Whether this role is {@code role} or one of its sub-roles. */
  public boolean isOrSpecialises(Role role) {
    return equals(role) || principal().filter(role::equals).isPresent();
  }

  @Override
  public String toString() {
    return iri;
  }
}

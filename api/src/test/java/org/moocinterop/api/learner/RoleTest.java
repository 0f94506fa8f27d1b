package org.moocinterop.api.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @ParameterizedTest
  @CsvSource({
    "Instructor, http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
    "Learner, http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
    "urn:lti:role:ims/lis/Learner, http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
    "urn:lti:role:ims/lis/Instructor/TeachingAssistant, "
        + "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
    "urn:lti:instrole:ims/lis/Student, "
        + "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
    "urn:lti:sysrole:ims/lis/SysAdmin, "
        + "http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin",
    "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor, "
        + "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor",
  })
  void lti11AndShortFormsReadAsTheLti13Iri(String text, String iri) {
    assertThat(Role.parse(text)).isEqualTo(Role.of(iri));
  }

  @Test
  void unknownIrisAreAccepted() {
    Role custom = Role.of("https://example.edu/roles#Tutor");
    assertThat(custom.iri()).isEqualTo("https://example.edu/roles#Tutor");
    assertThat(custom.scope()).isEqualTo(Role.Scope.OTHER);
  }

  @Test
  void scopesFollowTheVocabulary() {
    assertThat(Role.LEARNER.scope()).isEqualTo(Role.Scope.CONTEXT);
    assertThat(Role.TEACHING_ASSISTANT.scope()).isEqualTo(Role.Scope.CONTEXT);
    assertThat(Role.INSTITUTION_STUDENT.scope()).isEqualTo(Role.Scope.INSTITUTION);
    assertThat(Role.SYSTEM_ADMINISTRATOR.scope()).isEqualTo(Role.Scope.SYSTEM);
    assertThat(Role.TEST_USER.scope()).isEqualTo(Role.Scope.SYSTEM);
  }

  @Test
  void aSubRoleSpecialisesItsPrincipal() {
    assertThat(Role.TEACHING_ASSISTANT.principal()).contains(Role.INSTRUCTOR);
    assertThat(Role.TEACHING_ASSISTANT.isOrSpecialises(Role.INSTRUCTOR)).isTrue();
    assertThat(Role.LEARNER.isOrSpecialises(Role.INSTRUCTOR)).isFalse();
    assertThat(Role.LEARNER.principal()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "no scheme", "Teaching Assistant"})
  void textThatIsNoRoleIsRefused(String text) {
    assertThatThrownBy(() -> Role.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("role");
  }
}

package org.moocinterop.api.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LearningResourceTest {

  private static final URI TOOL = URI.create("https://tool.uni-b.example/launch");

  /** Compiles only while the switch covers every resource type (a switch expression, no default). */
  private static String cartridgeType(LearningResource resource) {
    return switch (resource.type()) {
      case WEB_CONTENT -> "webcontent";
      case WEB_LINK -> "imswl_xmlv1p3";
      case LTI_LINK -> "imsbasiclti_xmlv1p3:" + ((LtiLink) resource).launchUrl().getHost();
      case DISCUSSION -> "imsdt_xmlv1p3";
      case ASSESSMENT -> "imsqti_xmlv1p2/imscc_xmlv1p3/assessment";
      case FILE -> "webcontent:" + ((FileResource) resource).mediaType();
    };
  }

  @Test
  void everyResourceTypeIsCoveredByAnExhaustiveSwitch() {
    List<LearningResource> all = List.of(
        WebContent.of("week1/intro.html", "week1/figure.png"),
        WebLink.of("Specification", URI.create("https://www.imsglobal.org/")),
        LtiLink.of("Simulator", TOOL),
        Discussion.of("Introduce yourself", "Who are you and why are you here?"),
        Assessment.of("Quiz 1", Assessment.Kind.QUIZ).withMaxScore(10).withMaxAttempts(3),
        FileResource.of("slides/week1.pdf", "application/pdf", 123_456));

    assertThat(all).extracting(LearningResourceTest::cartridgeType).containsExactly("webcontent",
        "imswl_xmlv1p3", "imsbasiclti_xmlv1p3:tool.uni-b.example", "imsdt_xmlv1p3",
        "imsqti_xmlv1p2/imscc_xmlv1p3/assessment", "webcontent:application/pdf");
    assertThat(all).extracting(Object::getClass)
        .containsExactlyInAnyOrder(LearningResource.class.getPermittedSubclasses());
    assertThat(all).extracting(LearningResource::type)
        .containsExactlyInAnyOrder(LearningResource.Type.values());
  }

  @Test
  void ltiCustomParametersAreCopiedAndUnmodifiable() {
    Map<String, String> custom = new HashMap<>(Map.of("level", "2", "user", "$User.id"));
    LtiLink link = LtiLink.of("Simulator", TOOL).withDescription("A physics lab")
        .withCustom(custom);
    custom.put("level", "3");

    assertThat(link.custom()).containsEntry("level", "2").containsKeys("user");
    assertThat(link.custom().keySet()).containsExactly("level", "user");
    assertThat(link.description()).contains("A physics lab");
    assertThatThrownBy(() -> link.custom().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anAssessmentIsUngradedAndUnlimitedUnlessSaid() {
    Assessment survey = Assessment.of("Feedback", Assessment.Kind.SURVEY);

    assertThat(survey.maxScore()).isEmpty();
    assertThat(survey.maxAttempts()).isEmpty();
    assertThat(Assessment.of("Exam", Assessment.Kind.EXAM).withMaxScore(100).maxScore())
        .hasValue(100);
  }

  static Stream<Arguments> forbiddenResources() {
    return Stream.of(
        Arguments.of("path escaping the package", (ThrowingCallable) () ->
            WebContent.of("../secret.html"), "href must be a relative path"),
        Arguments.of("absolute path", (ThrowingCallable) () ->
            FileResource.of("/etc/passwd", "text/plain", 1), "a file path must be a relative path"),
        Arguments.of("windows path", (ThrowingCallable) () ->
            FileResource.of("slides\\a.pdf", "application/pdf", 1), "must be a relative path"),
        Arguments.of("repeated file", (ThrowingCallable) () ->
            WebContent.of("a.html", "b.png", "b.png"), "files must not repeat 'b.png'"),
        Arguments.of("negative size", (ThrowingCallable) () ->
            FileResource.of("a.pdf", "application/pdf", -1), "a file size must not be negative"),
        Arguments.of("media type without subtype", (ThrowingCallable) () ->
            FileResource.of("a.pdf", "pdf", 1), "a media type is 'type/subtype'"),
        Arguments.of("web link to a file", (ThrowingCallable) () ->
            WebLink.of("Local", URI.create("file:///etc/passwd")), "a web link url must be"),
        Arguments.of("LTI launch without host", (ThrowingCallable) () ->
            LtiLink.of("Tool", URI.create("/launch")), "an LTI launch url must be"),
        Arguments.of("blank LTI title", (ThrowingCallable) () ->
            LtiLink.of(" ", TOOL), "an LTI link title must not be blank"),
        Arguments.of("custom key with whitespace", (ThrowingCallable) () ->
            LtiLink.of("Tool", TOOL).withCustom(Map.of("my key", "v")),
            "a custom parameter name must not be blank or hold whitespace"),
        Arguments.of("blank discussion prompt", (ThrowingCallable) () ->
            Discussion.of("Topic", ""), "a discussion prompt must not be blank"),
        Arguments.of("zero max score", (ThrowingCallable) () ->
            Assessment.of("Quiz", Assessment.Kind.QUIZ).withMaxScore(0),
            "a maximum score must be finite and above zero"),
        Arguments.of("NaN max score", (ThrowingCallable) () ->
            Assessment.of("Quiz", Assessment.Kind.QUIZ).withMaxScore(Double.NaN),
            "a maximum score must be finite and above zero"),
        Arguments.of("scored survey", (ThrowingCallable) () ->
            Assessment.of("Feedback", Assessment.Kind.SURVEY).withMaxScore(5),
            "a survey is not scored"),
        Arguments.of("zero attempts", (ThrowingCallable) () ->
            Assessment.of("Quiz", Assessment.Kind.QUIZ).withMaxAttempts(0),
            "a maximum number of attempts must be at least 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenResources")
  void resourcesThatBreakARuleAreRefused(String rule, ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}

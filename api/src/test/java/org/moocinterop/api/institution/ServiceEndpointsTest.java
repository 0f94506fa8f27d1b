package org.moocinterop.api.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceEndpointsTest {

  private static final URI ISS = URI.create("https://lms.uni-a.example");

  @Test
  void everyEndpointIsOptional() {
    ServiceEndpoints none = ServiceEndpoints.none();

    assertThat(none.lrs()).isEmpty();
    assertThat(none.catalog()).isEmpty();
    assertThat(none.isLtiPlatform()).isFalse();
    assertThat(none.isLtiTool()).isFalse();
  }

  @Test
  void aFullPlatformAndToolAreRecognised() {
    ServiceEndpoints endpoints = ServiceEndpoints.builder()
        .lrs(URI.create("https://lrs.uni-a.example/xapi/"))
        .ltiPlatform(ISS, ISS.resolve("/lti/platform/auth"), ISS.resolve("/lti/platform/token"),
            ISS.resolve("/lti/platform/jwks"))
        .ltiTool(ISS.resolve("/lti/tool/login"), ISS.resolve("/lti/tool/launch"),
            ISS.resolve("/lti/tool/jwks"))
        .catalog(ISS.resolve("/catalog"))
        .build();

    assertThat(endpoints.isLtiPlatform()).isTrue();
    assertThat(endpoints.isLtiTool()).isTrue();
    assertThat(endpoints.ltiPlatformToken())
        .contains(URI.create("https://lms.uni-a.example/lti/platform/token"));
  }

  static Stream<Arguments> forbiddenEndpoints() {
    Optional<URI> none = Optional.empty();
    return Stream.of(
        Arguments.of("relative LRS URL",
            (ThrowingCallable) () -> ServiceEndpoints.builder().lrs(URI.create("/xapi")).build(),
            "lrs must be an absolute http or https URL"),
        Arguments.of("non-web catalog",
            (ThrowingCallable) () -> ServiceEndpoints.builder()
                .catalog(URI.create("ftp://uni-a.example/catalog")).build(),
            "catalog must be an absolute http or https URL"),
        Arguments.of("issuer with a query",
            (ThrowingCallable) () -> ServiceEndpoints.builder()
                .ltiPlatform(URI.create("https://lms.example?x=1"), ISS, ISS, ISS).build(),
            "ltiPlatformIssuer must have no query and no fragment"),
        Arguments.of("issuer with a fragment",
            (ThrowingCallable) () -> ServiceEndpoints.builder()
                .ltiPlatform(URI.create("https://lms.example#a"), ISS, ISS, ISS).build(),
            "ltiPlatformIssuer must have no query and no fragment"),
        Arguments.of("token endpoint without issuer",
            (ThrowingCallable) () -> new ServiceEndpoints(none, none, none,
                Optional.of(ISS.resolve("/token")), none, none, none, none, none),
            "need the platform issuer"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenEndpoints")
  void endpointsThatBreakARuleAreRefused(String rule, ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}

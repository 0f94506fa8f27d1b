package org.moocinterop.lti;

import java.util.Objects;
import java.util.Optional;

/**
 * Identifiers of the launch in the platform's student information system, from the
 * {@code https://purl.imsglobal.org/spec/lti/claim/lis} claim.
 *
 * @param personSourcedId the SIS id of the user
 * @param courseOfferingSourcedId the SIS id of the course offering
 * @param courseSectionSourcedId the SIS id of the course section
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#learning-information-services-lis-claim">
 *     LTI Core 5.4.5</a>
 */
public record LisClaim(
    Optional<String> personSourcedId,
    Optional<String> courseOfferingSourcedId,
    Optional<String> courseSectionSourcedId) {

  public LisClaim {
    Objects.requireNonNull(personSourcedId, "personSourcedId");
    Objects.requireNonNull(courseOfferingSourcedId, "courseOfferingSourcedId");
    Objects.requireNonNull(courseSectionSourcedId, "courseSectionSourcedId");
  }
}

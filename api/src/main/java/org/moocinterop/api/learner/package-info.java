/**
 * Learners ({@link org.moocinterop.api.learner.Learner}), their alliance-wide identifiers
 * ({@link org.moocinterop.api.learner.LearnerId}), their enrolments in course runs
 * ({@link org.moocinterop.api.learner.Enrolment}) and the roles they hold
 * ({@link org.moocinterop.api.learner.Role}).
 */
@NullMarked
package org.moocinterop.api.learner;

import org.jspecify.annotations.NullMarked;

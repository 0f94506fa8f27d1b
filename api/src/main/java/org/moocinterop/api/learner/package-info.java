/** Learners, their alliance-wide identifiers, enrolments and roles. */
@NullMarked
package org.moocinterop.api.learner;

import org.jspecify.annotations.NullMarked;

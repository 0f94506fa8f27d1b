/**
 * Courses and their offerings: {@link org.moocinterop.api.course.Course} (what is taught),
 * {@link org.moocinterop.api.course.CourseRun} (one offering of it), the
 * {@link org.moocinterop.api.course.CourseOutline} of sections and items, the
 * {@link org.moocinterop.api.course.LearningResource}s items point at (as Common Cartridge and LTI
 * describe them), and the {@link org.moocinterop.api.course.Licence} of the content.
 */
@NullMarked
package org.moocinterop.api.course;

import org.jspecify.annotations.NullMarked;

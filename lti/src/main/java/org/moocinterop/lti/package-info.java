/** The public entry points of mooc-interop-lti. */
@NullMarked
package org.moocinterop.lti;

import org.jspecify.annotations.NullMarked;

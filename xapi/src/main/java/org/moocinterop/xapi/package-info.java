/** The public entry points of mooc-interop-xapi. */
@NullMarked
package org.moocinterop.xapi;

import org.jspecify.annotations.NullMarked;

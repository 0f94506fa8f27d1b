/** Shared values and the unchecked exception hierarchy of mooc-interop. */
@NullMarked
package org.moocinterop.api;

import org.jspecify.annotations.NullMarked;

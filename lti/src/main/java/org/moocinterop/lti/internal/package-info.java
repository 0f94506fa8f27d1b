/** Implementation details of mooc-interop-lti; not exported, may change at any time. */
@NullMarked
package org.moocinterop.lti.internal;

import org.jspecify.annotations.NullMarked;

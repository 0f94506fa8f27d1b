/** The LRS engine's internals: routing, checks, resources. Not API. */
@NullMarked
package org.moocinterop.xapi.internal.lrs;

import org.jspecify.annotations.NullMarked;

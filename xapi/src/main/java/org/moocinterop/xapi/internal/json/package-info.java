/**
 * The xAPI JSON codec's internals: a strict tree reader that keeps number literals, the mapping of
 * trees to the statement model and the streaming writer. Not exported.
 */
@NullMarked
package org.moocinterop.xapi.internal.json;

import org.jspecify.annotations.NullMarked;

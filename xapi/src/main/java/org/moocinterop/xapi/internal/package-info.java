/**
 * Syntax helpers of xAPI data types (timestamps, durations, UUIDs, IRIs, language tags) shared by
 * the validator and the codec. Not exported.
 */
@NullMarked
package org.moocinterop.xapi.internal;

import org.jspecify.annotations.NullMarked;

/**
 * In-memory implementations of every SPI: thread-safe, bounded only by the heap, lost on restart.
 * They are products in their own right (tests, single-node demos) and pass the same contract kits
 * as the JDBC stores.
 */
@NullMarked
package org.moocinterop.api.memory;

import org.jspecify.annotations.NullMarked;

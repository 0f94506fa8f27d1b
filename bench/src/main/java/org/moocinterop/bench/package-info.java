/** JMH benchmarks. Each compares mooc-interop with a peer or the physical limit in the same run. */
@NullMarked
package org.moocinterop.bench;

import org.jspecify.annotations.NullMarked;

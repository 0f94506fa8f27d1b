/** The LRS load benchmark: HTTP ingest, the plain JDBC limit and query latency, in one run. */
@NullMarked
package org.moocinterop.bench.lrs;

import org.jspecify.annotations.NullMarked;

/** Benchmarks of the LTI 1.3 core: launch validation and id_token issuance. */
@NullMarked
package org.moocinterop.bench.lti;

import org.jspecify.annotations.NullMarked;

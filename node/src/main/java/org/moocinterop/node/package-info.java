/** The runnable alliance node and its command line. */
@NullMarked
package org.moocinterop.node;

import org.jspecify.annotations.NullMarked;

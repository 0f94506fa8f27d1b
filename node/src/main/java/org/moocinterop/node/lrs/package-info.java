/** The node's LRS: mounts the xAPI engine at {@code /xapi/*}. */
@NullMarked
package org.moocinterop.node.lrs;

import org.jspecify.annotations.NullMarked;

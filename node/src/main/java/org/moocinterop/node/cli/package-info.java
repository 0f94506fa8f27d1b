/** Command-line tools of the node: {@code xapi validate}. */
@NullMarked
package org.moocinterop.node.cli;

import org.jspecify.annotations.NullMarked;

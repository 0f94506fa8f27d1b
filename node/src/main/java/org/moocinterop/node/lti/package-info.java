/**
 * The node's LTI 1.3 demo: a demo Platform and a demo Tool served side by side, registered with
 * each other, with a small HTML page to launch the tool as a demo user.
 */
@NullMarked
package org.moocinterop.node.lti;

import org.jspecify.annotations.NullMarked;

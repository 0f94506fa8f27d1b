/** Stores on a directory of the local file system, readable with standard tools. */
@NullMarked
package org.moocinterop.impl.file;

import org.jspecify.annotations.NullMarked;

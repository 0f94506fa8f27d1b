/** JDBC helpers shared by the stores of {@code org.moocinterop.impl.jdbc}; not an API. */
@NullMarked
package org.moocinterop.impl.internal.jdbc;

import org.jspecify.annotations.NullMarked;

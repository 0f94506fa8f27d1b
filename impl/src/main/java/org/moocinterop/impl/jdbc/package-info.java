/**
 * Stores on a relational database: {@link org.moocinterop.impl.jdbc.JdbcDatabase} opens (and
 * migrates) an H2 file database, the embedded default, or a PostgreSQL server; the stores of this
 * package share one open database.
 */
@NullMarked
package org.moocinterop.impl.jdbc;

import org.jspecify.annotations.NullMarked;

/**
 * The xAPI JSON codec: {@link org.moocinterop.xapi.json.XapiModule}, a Jackson module for a
 * platform's own {@code ObjectMapper}, and {@link org.moocinterop.xapi.json.XapiJson}, a ready
 * strict reader and writer of statements, StatementResults, Person and About documents.
 */
@NullMarked
package org.moocinterop.xapi.json;

import org.jspecify.annotations.NullMarked;

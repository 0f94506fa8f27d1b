package org.moocinterop.api.json;

/**
 * A JSON value (RFC 8259): one of object, array, string, number, boolean and null.
 *
 * <p>Every implementation is immutable and has value equality. Object equality ignores member
 * order (RFC 8259 section 4); array equality respects element order; numbers compare by their
 * literal text (see {@link JsonNumber}).
 */
public sealed interface JsonValue
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {}

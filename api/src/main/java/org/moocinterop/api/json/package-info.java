/**
 * An immutable JSON value model, used for the free-form parts of standards' documents (xAPI
 * extensions). It keeps numbers as their literal text and object members in their order.
 */
@NullMarked
package org.moocinterop.api.json;

import org.jspecify.annotations.NullMarked;

/**
 * Strict validation of xAPI statements as JSON trees, for xAPI 2.0.0 (IEEE 9274.1.1) and 1.0.3:
 * {@link org.moocinterop.xapi.validation.XapiValidator} and the catalogue of rules it checks,
 * {@link org.moocinterop.xapi.validation.XapiRule}.
 */
@NullMarked
package org.moocinterop.xapi.validation;

import org.jspecify.annotations.NullMarked;

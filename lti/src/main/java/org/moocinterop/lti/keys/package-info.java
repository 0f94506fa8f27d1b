/**
 * The signing keys of this party (tool or platform): generation, rotation and publication as a
 * JSON Web Key Set, over a {@link org.moocinterop.api.spi.SigningKeyStore}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security
 *     Framework 6, Key Management</a>
 */
@NullMarked
package org.moocinterop.lti.keys;

import org.jspecify.annotations.NullMarked;

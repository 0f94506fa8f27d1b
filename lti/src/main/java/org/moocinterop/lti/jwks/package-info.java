/**
 * Fetching and caching the JSON Web Key Sets that verify LTI messages: {@link
 * org.moocinterop.lti.jwks.JwksClient} fetches a remote key set with caching, single-flight
 * refreshes and a refresh rate limit; {@link org.moocinterop.lti.jwks.JwkResolver} is what
 * validators need from it.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework
 *     6.3, Key Set URL</a>
 */
@NullMarked
package org.moocinterop.lti.jwks;

import org.jspecify.annotations.NullMarked;

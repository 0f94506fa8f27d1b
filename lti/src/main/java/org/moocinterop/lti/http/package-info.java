/**
 * A tiny HTTP abstraction the LTI endpoints are written against, so that they can be mounted in
 * any server: {@link org.moocinterop.lti.http.LtiRequest} (method, decoded parameters, cookies),
 * {@link org.moocinterop.lti.http.LtiResponse} (status, headers, body) and {@link
 * org.moocinterop.lti.http.LtiHandler}. {@code org.moocinterop.lti.servlet} adapts it to Jakarta
 * Servlet.
 */
@NullMarked
package org.moocinterop.lti.http;

import org.jspecify.annotations.NullMarked;

/**
 * Jakarta Servlet binding of the LTI endpoints: {@link org.moocinterop.lti.servlet.LtiServlet}
 * mounts any {@link org.moocinterop.lti.http.LtiHandler} (tool login and launch, JWKS, platform
 * authorization) in a servlet container. The servlet API is a {@code provided} dependency.
 */
@NullMarked
package org.moocinterop.lti.servlet;

import org.jspecify.annotations.NullMarked;

/**
 * The Tool role of LTI 1.3: registrations of platforms, OIDC login initiation ({@link
 * org.moocinterop.lti.tool.LoginInitiator}), and launch validation ({@link
 * org.moocinterop.lti.tool.LaunchValidator}, {@link org.moocinterop.lti.tool.LaunchHandler}).
 * HTTP-neutral: the handlers take parameters and cookies and return values; {@code
 * org.moocinterop.lti.servlet} binds them to Jakarta Servlet.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">
 *     Security Framework 5.1</a>
 */
@NullMarked
package org.moocinterop.lti.tool;

import org.jspecify.annotations.NullMarked;

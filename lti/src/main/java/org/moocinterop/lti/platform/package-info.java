/**
 * The Platform role of LTI 1.3: tool registrations and deployments, login initiation towards a
 * tool ({@link org.moocinterop.lti.platform.LaunchInitiator}), and the OIDC authorization endpoint
 * that issues signed id_tokens ({@link org.moocinterop.lti.platform.AuthorizationEndpoint}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">
 *     Security Framework 5.1</a>
 */
@NullMarked
package org.moocinterop.lti.platform;

import org.jspecify.annotations.NullMarked;

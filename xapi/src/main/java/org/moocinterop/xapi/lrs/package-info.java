/**
 * The xAPI Learning Record Store engine, independent of any HTTP framework: feed it an
 * {@link org.moocinterop.xapi.lrs.LrsRequest}, write out the {@link org.moocinterop.xapi.lrs.LrsResponse}
 * it returns. {@link org.moocinterop.xapi.lrs.XapiLrs} is the entry point;
 * {@code org.moocinterop.xapi.servlet.LrsServlet} binds it to Jakarta Servlet.
 */
@NullMarked
package org.moocinterop.xapi.lrs;

import org.jspecify.annotations.NullMarked;

/** The Jakarta Servlet binding of the LRS engine: {@link org.moocinterop.xapi.servlet.LrsServlet}. */
@NullMarked
package org.moocinterop.xapi.servlet;

import org.jspecify.annotations.NullMarked;

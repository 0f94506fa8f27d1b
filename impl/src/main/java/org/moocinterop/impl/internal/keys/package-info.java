/** Encoding of RSA keys (PKCS#8, X.509, PEM) shared by the key stores; not an API. */
@NullMarked
package org.moocinterop.impl.internal.keys;

import org.jspecify.annotations.NullMarked;

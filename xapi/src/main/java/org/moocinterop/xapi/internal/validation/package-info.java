/** The statement validator's tree walk and strict JSON reading. Not exported. */
@NullMarked
package org.moocinterop.xapi.internal.validation;

import org.jspecify.annotations.NullMarked;

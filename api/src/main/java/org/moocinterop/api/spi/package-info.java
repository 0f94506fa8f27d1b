/**
 * Service provider interfaces: what a store must do. Each SPI has an in-memory implementation in
 * {@code org.moocinterop.api.memory} and a contract test kit in the {@code tests} jar of this
 * artifact ({@code org.moocinterop.api.testkit}) that every implementation's tests extend.
 */
@NullMarked
package org.moocinterop.api.spi;

import org.jspecify.annotations.NullMarked;

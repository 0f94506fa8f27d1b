/**
 * Text in several languages: {@link org.moocinterop.api.text.LocalizedText} (a language map, as
 * xAPI and the course catalog use) and {@link org.moocinterop.api.text.LanguageTags} (BCP 47
 * language tags read into {@link java.util.Locale}).
 */
@NullMarked
package org.moocinterop.api.text;

import org.jspecify.annotations.NullMarked;

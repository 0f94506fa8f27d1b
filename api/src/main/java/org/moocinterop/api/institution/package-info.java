/**
 * Institutions of the alliance: who they are ({@link org.moocinterop.api.institution.Institution},
 * {@link org.moocinterop.api.institution.InstitutionId}) and where their services answer
 * ({@link org.moocinterop.api.institution.ServiceEndpoints}).
 */
@NullMarked
package org.moocinterop.api.institution;

import org.jspecify.annotations.NullMarked;

package org.moocinterop.xapi.lrs;

/**
 * The extension point for {@code /statements}: the engine handles versions, authentication,
 * scopes, CORS, HEAD and the alternate syntax, then hands GET, PUT and POST requests here.
 *
 * <p>An implementation checks its own query parameters (unknown or wrongly cased names get 400),
 * returns only the caller's statements when {@link LrsPrincipal#readsAllStatements()} is false,
 * adds {@code X-Experience-API-Consistent-Through} (and, for 2.0.0, {@code Last-Modified}) to
 * GET answers, and throws {@link LrsException} or
 * {@link org.moocinterop.api.ValidationException} (answered 400 with every violation) for bad
 * input. It must be thread-safe.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#21-statement-resource">
 *     xAPI Communication 2.1 Statement Resource</a>
 */
@FunctionalInterface
public interface StatementsResource {

  /** Answers one statements request (method GET, PUT or POST). */
  LrsResponse handle(AuthorizedRequest request);
}

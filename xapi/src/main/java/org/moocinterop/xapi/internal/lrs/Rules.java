package org.moocinterop.xapi.internal.lrs;

import org.moocinterop.xapi.lrs.LrsException;

/** The rule identifiers the LRS names in error bodies, and factories for their exceptions. */
public final class Rules {

  public static final String VERSION_HEADER = "XAPI-COMM-3.3.version-header";
  public static final String AUTHENTICATION = "XAPI-COMM-4.authentication";
  public static final String SCOPE = "XAPI-COMM-4.2.scope";
  public static final String UNKNOWN_PARAMETER = "XAPI-COMM-3.2.unknown-parameter";
  public static final String REPEATED_PARAMETER = "XAPI-COMM-3.2.repeated-parameter";
  public static final String MISSING_PARAMETER = "XAPI-COMM-2.missing-parameter";
  public static final String AGENT_PARAMETER = "XAPI-DATA-2.4.2.1.agent";
  public static final String IRI_PARAMETER = "XAPI-DATA-4.iri";
  public static final String UUID_PARAMETER = "XAPI-DATA-4.uuid";
  public static final String TIMESTAMP_PARAMETER = "XAPI-DATA-4.timestamp";
  public static final String ALTERNATE_SYNTAX = "XAPI-COMM-1.3.alternate-syntax";
  public static final String BODY_TOO_LARGE = "LRS.body-size-cap";
  public static final String METHOD = "XAPI-COMM-2.method";
  public static final String NOT_FOUND = "XAPI-COMM-3.2.not-found";
  public static final String PRECONDITION = "XAPI-COMM-3.1.precondition-failed";
  public static final String PRECONDITION_REQUIRED = "XAPI-COMM-3.1.precondition-required";
  public static final String CONFLICT = "XAPI-COMM-3.1.put-without-precondition";
  public static final String MERGE = "XAPI-COMM-2.2.json-merge";
  public static final String INVALID_JSON = "XAPI-COMM-2.2.invalid-json";
  public static final String PARAMETER_VALUE = "XAPI-COMM-2.1.3.parameter-value";
  public static final String STATEMENT_ID = "XAPI-COMM-2.1.1.statement-id";
  public static final String STATEMENT_BODY = "XAPI-COMM-2.1.statement-body";
  public static final String STATEMENT_CONFLICT = "XAPI-DATA-2.3.1.statement-conflict";
  public static final String DUPLICATE_ID = "XAPI-COMM-2.1.2.duplicate-id-in-batch";
  public static final String VOIDING_TARGET = "XAPI-DATA-2.3.2.voiding-target";
  public static final String CONTENT_TYPE = "XAPI-COMM-1.5.content-type";
  public static final String MULTIPART = "XAPI-COMM-1.5.2.multipart";
  public static final String ATTACHMENT_PART = "XAPI-DATA-2.4.11.attachment-part";
  public static final String SIGNATURE = "XAPI-DATA-2.6.signature";

  static final String COMM = "xAPI-Communication ";
  static final String DATA = "xAPI-Data ";

  private Rules() {}

  /** A 400 Bad Request for {@code rule} of Communication {@code section}. */
  public static LrsException badRequest(String rule, String section, String message) {
    return new LrsException(400, rule, COMM + section, message);
  }

  /** A 400 for a parameter that breaks a data rule of Data {@code section}. */
  public static LrsException badData(String rule, String section, String message) {
    return new LrsException(400, rule, DATA + section, message);
  }
}

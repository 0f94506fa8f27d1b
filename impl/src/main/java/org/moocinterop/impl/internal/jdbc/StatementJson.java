package org.moocinterop.impl.internal.jdbc;

import java.util.Optional;
import org.moocinterop.api.Iri;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.ActivityDefinition;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;

/**
 * The one place where the JDBC stores turn statements into bytes and back: the xAPI codec's exact
 * format. A statement the store wrote under 1.0.3 rules but that 2.0.0 rules refuse is read with
 * the 1.0.3 codec.
 */
public final class StatementJson {

  private static final XapiJson V2 = XapiJson.forVersion(XapiVersion.V2_0_0);
  private static final XapiJson V1 = XapiJson.forVersion(XapiVersion.V1_0_3);
  private static final Agent CARRIER_ACTOR = Agent.of(Mbox.of("mailto:definition@mooc-interop.invalid"));
  private static final Verb CARRIER_VERB = Verb.of("https://mooc-interop.invalid/definition");

  private StatementJson() {}

  /** The statement as exact UTF-8 JSON. */
  public static byte[] write(Statement statement) {
    return V2.write(statement, Format.EXACT);
  }

  /** Reads bytes made by {@link #write(Statement)}. */
  public static Statement read(byte[] json) {
    try {
      return V2.readStatement(json);
    } catch (ValidationException e) {
      try {
        return V1.readStatement(json);
      } catch (ValidationException ignored) {
        throw e;
      }
    }
  }

  /** An activity definition as JSON (carried by a minimal statement the codec can write). */
  public static byte[] writeDefinition(Iri activityId, ActivityDefinition definition) {
    return write(Statement.builder().actor(CARRIER_ACTOR).verb(CARRIER_VERB)
        .object(Activity.of(activityId, definition)).build());
  }

  /** Reads bytes made by {@link #writeDefinition}. */
  public static Optional<ActivityDefinition> readDefinition(byte[] json) {
    return read(json).object() instanceof Activity activity ? activity.definition() : Optional.empty();
  }
}

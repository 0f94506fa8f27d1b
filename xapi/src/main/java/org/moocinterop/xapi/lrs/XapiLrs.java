package org.moocinterop.xapi.lrs;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.DocumentKind;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.xapi.internal.lrs.AgentParser;
import org.moocinterop.xapi.internal.lrs.BasicAuthenticator;
import org.moocinterop.xapi.internal.lrs.DocumentResource;
import org.moocinterop.xapi.internal.lrs.Endpoint;
import org.moocinterop.xapi.internal.lrs.InfoResources;
import org.moocinterop.xapi.internal.lrs.Json;
import org.moocinterop.xapi.internal.lrs.Pipeline;
import org.moocinterop.xapi.internal.lrs.Responses;
import org.moocinterop.xapi.internal.lrs.StatementsEndpoint;
import org.moocinterop.xapi.internal.lrs.StoreActivityLookup;

/**
 * An xAPI 2.0.0 and 1.0.3 Learning Record Store, independent of any HTTP framework.
 *
 * <p>{@link #handle} answers every resource: it checks {@code X-Experience-API-Version},
 * authenticates HTTP Basic against the {@link LrsCredentialStore}, checks the credential's
 * {@link XapiScope}s, unwraps the 1.0.3 alternate request syntax, answers CORS preflights and
 * {@code HEAD}, caps request bodies, and serves the document resources (state, activity profile,
 * agent profile), {@code /about}, {@code /activities} and {@code /agents} itself. Statements go to
 * the {@link StatementsResource} supplied at build time. Errors are JSON bodies naming the
 * broken rule; a client never sees a stack trace. Thread-safe.
 *
 * <pre>{@code
 * XapiLrs lrs = XapiLrs.builder()
 *     .credentials(InMemoryLrsCredentialStore.of(credential))
 *     .documents(new InMemoryDocumentStore())
 *     .statementStore(new InMemoryStatementStore())   // or statements(myStatementsResource)
 *     .build();
 * LrsResponse response = lrs.handle(request);
 * }</pre>
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md">xAPI Communication</a>
 */
public final class XapiLrs {

  private final Pipeline pipeline;
  private final LrsConfig config;

  private XapiLrs(Builder builder, StatementsResource statements, LrsCredentialStore credentials,
      DocumentStore documents) {
    this.config = builder.config;
    Json json = new Json();
    Responses responses = new Responses(json);
    AgentParser agents = new AgentParser(json);
    InfoResources info = new InfoResources(config.versions(), activities(builder), agents, json, responses);
    Map<Endpoint, Pipeline.Handler> handlers = new EnumMap<>(Endpoint.class);
    handlers.put(Endpoint.STATEMENTS, statements::handle);
    handlers.put(Endpoint.STATE, documentHandler(DocumentKind.STATE, documents, agents, json, responses));
    handlers.put(Endpoint.ACTIVITY_PROFILE,
        documentHandler(DocumentKind.ACTIVITY_PROFILE, documents, agents, json, responses));
    handlers.put(Endpoint.AGENT_PROFILE,
        documentHandler(DocumentKind.AGENT_PROFILE, documents, agents, json, responses));
    handlers.put(Endpoint.ACTIVITIES, info::activity);
    handlers.put(Endpoint.AGENTS, info::person);
    this.pipeline = new Pipeline(config, new BasicAuthenticator(credentials), responses, info, handlers);
  }

  private static ActivityLookup activities(Builder builder) {
    StatementStore store = builder.statementStore;
    if (builder.activities == ActivityLookup.NONE && store != null) {
      return new StoreActivityLookup(store);
    }
    return builder.activities;
  }

  private Pipeline.Handler documentHandler(
      DocumentKind kind, DocumentStore documents, AgentParser agents, Json json, Responses responses) {
    return new DocumentResource(kind, documents, agents, json, responses, config.maxBodyBytes())::handle;
  }

  /** A builder; credentials, documents and a statement store (or statements resource) are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Answers one request. Never throws for anything a client sends: bad input is a 4xx JSON error,
   * a failure of the LRS itself a 500 (or 503 when the store is unreachable) without details.
   */
  public LrsResponse handle(LrsRequest request) {
    Objects.requireNonNull(request, "request");
    return pipeline.handle(request);
  }

  /** The configuration in force. */
  public LrsConfig config() {
    return config;
  }

  /** Builds an {@link XapiLrs}. */
  public static final class Builder {
    private LrsConfig config = LrsConfig.defaults();
    private @Nullable LrsCredentialStore credentials;
    private @Nullable DocumentStore documents;
    private @Nullable StatementsResource statements;
    private ActivityLookup activities = ActivityLookup.NONE;
    private @Nullable StatementStore statementStore;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder config(LrsConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** Where HTTP Basic credentials are looked up. */
    public Builder credentials(LrsCredentialStore credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** Where state and profile documents are kept. */
    public Builder documents(DocumentStore documents) {
      this.documents = Objects.requireNonNull(documents, "documents");
      return this;
    }

    /** What answers {@code /statements}. */
    public Builder statements(StatementsResource statements) {
      this.statements = Objects.requireNonNull(statements, "statements");
      this.statementStore = null;
      return this;
    }

    /**
     * Serves {@code /statements} from {@code store} with this library's statements resource
     * (PUT, POST, GET with every filter, attachments, signed statements, voiding), and
     * {@code /activities} from the definitions the store keeps unless {@link #activities} is
     * given. Replaces a resource given to {@link #statements}.
     *
     * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#21-statement-resource">
     *     xAPI Communication 2.1 Statement Resource</a>
     */
    public Builder statementStore(StatementStore store) {
      this.statementStore = Objects.requireNonNull(store, "store");
      this.statements = null;
      return this;
    }

    /** The clock that gives {@code stored} to statements; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where {@code /activities} finds definitions; by default none is known. */
    public Builder activities(ActivityLookup activities) {
      this.activities = Objects.requireNonNull(activities, "activities");
      return this;
    }

    /**
     * The LRS.
     *
     * @throws IllegalStateException if credentials, documents, or statements (a statement store or
     *     a statements resource) were not given
     */
    public XapiLrs build() {
      StatementsResource resource = statements;
      if (statementStore != null) {
        resource = new StatementsEndpoint(statementStore, clock, config.maxBodyBytes());
      }
      return new XapiLrs(this,
          require(resource,
              "a statement store (statementStore(...)) or a StatementsResource (statements(...)) is required"),
          require(credentials, "a credential store (credentials(...)) is required"),
          require(documents, "a DocumentStore (documents(...)) is required"));
    }

    private static <T> T require(@Nullable T value, String message) {
      if (value == null) {
        throw new IllegalStateException(message);
      }
      return value;
    }
  }
}

package org.moocinterop.node.lrs;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.moocinterop.node.NodeContext;
import org.moocinterop.node.NodeFeature;
import org.moocinterop.xapi.lrs.InMemoryLrsCredentialStore;
import org.moocinterop.xapi.lrs.LrsConfig;
import org.moocinterop.xapi.lrs.LrsCredential;
import org.moocinterop.xapi.lrs.XapiLrs;
import org.moocinterop.xapi.lrs.XapiScope;
import org.moocinterop.xapi.servlet.LrsServlet;

/** Serves the LRS at {@code /xapi/*} with one credential holding every scope. */
public final class LrsFeature implements NodeFeature {

  /** Where the LRS is mounted. */
  public static final String PATH = "/xapi/*";

  private final LrsCredentialOption credential;
  private final LrsStores stores;
  private final LrsConfig config;

  /**
   * @param credential the one credential (every scope)
   * @param stores where the LRS keeps its data
   * @param config versions, body cap, CORS origins
   */
  public LrsFeature(LrsCredentialOption credential, LrsStores stores, LrsConfig config) {
    this.credential = Objects.requireNonNull(credential, "credential");
    this.stores = Objects.requireNonNull(stores, "stores");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return "LRS at /xapi/ (credential " + credential.user() + ")";
  }

  @Override
  public void mount(ServletContextHandler context, NodeContext node) {
    ObjectNode authority = JsonMapper.builder().build().createObjectNode();
    authority.put("objectType", "Agent").putObject("account")
        .put("homePage", node.baseUrl().toString()).put("name", credential.user());
    LrsCredential all = LrsCredential.create(credential.user(), credential.password(),
        node.baseUrl().toString(), authority, EnumSet.of(XapiScope.ALL));
    XapiLrs lrs = XapiLrs.builder().config(config)
        .credentials(InMemoryLrsCredentialStore.of(all))
        .documents(stores.documents())
        .statementStore(stores.statements())
        .build();
    context.addServlet(new ServletHolder("lrs", new LrsServlet(lrs)), PATH);
  }
}

package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.moocinterop.api.Iri;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.xapi.json.XapiModule;
import org.moocinterop.xapi.lrs.ActivityLookup;

/** The canonical activity definitions a {@link StatementStore} keeps, for {@code /activities}. */
public final class StoreActivityLookup implements ActivityLookup {

  private final StatementStore store;
  private final ObjectMapper mapper = JsonMapper.builder().addModule(new XapiModule()).build();

  public StoreActivityLookup(StatementStore store) {
    this.store = store;
  }

  @Override
  public Optional<ObjectNode> find(String activityId) {
    return store.activity(Iri.of(activityId)).map(activity -> {
      ObjectNode node = mapper.valueToTree(activity);
      node.put("objectType", "Activity");
      return node;
    });
  }
}

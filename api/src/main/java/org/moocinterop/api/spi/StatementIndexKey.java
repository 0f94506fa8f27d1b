package org.moocinterop.api.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.moocinterop.api.statement.Account;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Context;
import org.moocinterop.api.statement.ContextActivities;
import org.moocinterop.api.statement.ContextAgent;
import org.moocinterop.api.statement.ContextGroup;
import org.moocinterop.api.statement.Group;
import org.moocinterop.api.statement.InverseFunctionalIdentifier;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.MboxSha1Sum;
import org.moocinterop.api.statement.OpenId;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementObject;
import org.moocinterop.api.statement.SubStatement;

/**
 * One entry of a statement index, for implementers of {@link StatementStore}: a statement matches
 * a {@link StatementQuery} exactly when the keys it is indexed under include every key of the
 * query. Computing both sides here gives every store the same query semantics.
 *
 * <p>A statement is indexed under {@link #of(Statement)}; a statement whose object is a
 * StatementRef is also indexed under the keys of the statement it targets (as that one is indexed,
 * recursively), except {@link Kind#AUTHORITY} ("Filter Conditions for StatementRefs", xAPI
 * Communication 2.1.3).
 *
 * @param kind which filter the key serves
 * @param value the canonical text of the key
 */
public record StatementIndexKey(Kind kind, String value) {

  /** The filters of a statement query. */
  public enum Kind {
    /** The verb id. */
    VERB,
    /** The actor, or the object when it is an Agent or Group (and their members). */
    AGENT,
    /** Every agent or group a statement names (related_agents). */
    RELATED_AGENT,
    /** The object, when it is an Activity. */
    ACTIVITY,
    /** Every activity a statement names (related_activities). */
    RELATED_ACTIVITY,
    /** {@code context.registration}. */
    REGISTRATION,
    /** The authority, as a whole. */
    AUTHORITY
  }

  public StatementIndexKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /**
   * The canonical text of an inverse functional identifier: two identifiers that are equal in the
   * model give the same text ({@code mbox} domain and {@code mbox_sha1sum} in lower case).
   */
  public static String ifiKey(InverseFunctionalIdentifier ifi) {
    Objects.requireNonNull(ifi, "ifi");
    if (ifi instanceof Mbox m) {
      String text = m.iri().value();
      int at = text.lastIndexOf('@');
      return "mbox:mailto:" + text.substring(7, at) + text.substring(at).toLowerCase(Locale.ROOT);
    } else if (ifi instanceof MboxSha1Sum s) {
      return "mbox_sha1sum:" + s.value().toLowerCase(Locale.ROOT);
    } else if (ifi instanceof OpenId o) {
      return "openid:" + o.iri().value();
    } else {
      Account a = (Account) ifi;
      // An IRI holds no space, so the first space ends the home page.
      return "account:" + a.homePage().value() + " " + a.name();
    }
  }

  /**
   * The canonical text of an actor as a whole: its identifier, or for an anonymous group the
   * sorted identifiers of its members.
   */
  public static String actorKey(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor instanceof Agent a) {
      return ifiKey(a.ifi());
    }
    Group g = (Group) actor;
    if (g.ifi().isPresent()) {
      return ifiKey(g.ifi().get());
    }
    return g.members().stream().map(m -> ifiKey(m.ifi())).sorted()
        .collect(Collectors.joining(",", "group:[", "]"));
  }

  /** The keys {@code statement} itself is indexed under (without those of a targeted statement). */
  public static Set<StatementIndexKey> of(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    Set<StatementIndexKey> keys = new LinkedHashSet<>();
    keys.add(new StatementIndexKey(Kind.VERB, statement.verb().id().value()));
    Set<String> direct = new LinkedHashSet<>();
    addActor(direct, statement.actor());
    if (statement.object() instanceof Actor object) {
      addActor(direct, object);
    }
    Set<String> related = new LinkedHashSet<>(direct);
    statement.authority().ifPresent(authority -> {
      addActor(related, authority);
      keys.add(new StatementIndexKey(Kind.AUTHORITY, actorKey(authority)));
    });
    statement.context().ifPresent(context -> addContextAgents(related, context));
    Set<String> activities = new LinkedHashSet<>();
    if (statement.object() instanceof Activity activity) {
      activities.add(activity.id().value());
    }
    Set<String> relatedActivities = new LinkedHashSet<>(activities);
    statement.context().ifPresent(c -> addContextActivities(relatedActivities, c));
    if (statement.object() instanceof SubStatement sub) {
      addActor(related, sub.actor());
      addObject(related, relatedActivities, sub.object());
      sub.context().ifPresent(c -> {
        addContextAgents(related, c);
        addContextActivities(relatedActivities, c);
      });
    }
    direct.forEach(k -> keys.add(new StatementIndexKey(Kind.AGENT, k)));
    related.forEach(k -> keys.add(new StatementIndexKey(Kind.RELATED_AGENT, k)));
    activities.forEach(k -> keys.add(new StatementIndexKey(Kind.ACTIVITY, k)));
    relatedActivities.forEach(k -> keys.add(new StatementIndexKey(Kind.RELATED_ACTIVITY, k)));
    statement.context().flatMap(Context::registration).ifPresent(r ->
        keys.add(new StatementIndexKey(Kind.REGISTRATION, r.toString())));
    return Set.copyOf(keys);
  }

  /** The keys a targeting statement inherits from the statement it targets. */
  public static Set<StatementIndexKey> inheritable(Set<StatementIndexKey> targetKeys) {
    return targetKeys.stream().filter(k -> k.kind() != Kind.AUTHORITY)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The keys a statement must be indexed under to match {@code query}; empty matches all. */
  public static List<StatementIndexKey> of(StatementQuery query) {
    Objects.requireNonNull(query, "query");
    List<StatementIndexKey> keys = new ArrayList<>();
    query.registration().ifPresent(r ->
        keys.add(new StatementIndexKey(Kind.REGISTRATION, r.toString())));
    query.agent().ifPresent(a -> keys.add(new StatementIndexKey(
        query.relatedAgents() ? Kind.RELATED_AGENT : Kind.AGENT, ifiKey(a))));
    query.activity().ifPresent(a -> keys.add(new StatementIndexKey(
        query.relatedActivities() ? Kind.RELATED_ACTIVITY : Kind.ACTIVITY, a.value())));
    query.verb().ifPresent(v -> keys.add(new StatementIndexKey(Kind.VERB, v.value())));
    query.authority().ifPresent(a -> keys.add(new StatementIndexKey(Kind.AUTHORITY, actorKey(a))));
    return List.copyOf(keys);
  }

  private static void addActor(Set<String> keys, Actor actor) {
    if (actor instanceof Agent a) {
      keys.add(ifiKey(a.ifi()));
    } else {
      Group g = (Group) actor;
      g.ifi().ifPresent(ifi -> keys.add(ifiKey(ifi)));
      g.members().forEach(m -> keys.add(ifiKey(m.ifi())));
    }
  }

  private static void addObject(Set<String> agents, Set<String> activities, StatementObject object) {
    if (object instanceof Actor actor) {
      addActor(agents, actor);
    } else if (object instanceof Activity activity) {
      activities.add(activity.id().value());
    }
  }

  private static void addContextAgents(Set<String> keys, Context context) {
    context.instructor().ifPresent(i -> addActor(keys, i));
    context.team().ifPresent(t -> addActor(keys, t));
    for (ContextAgent ca : context.contextAgents()) {
      addActor(keys, ca.agent());
    }
    for (ContextGroup cg : context.contextGroups()) {
      addActor(keys, cg.group());
    }
  }

  private static void addContextActivities(Set<String> keys, Context context) {
    ContextActivities ca = context.contextActivities();
    for (List<Activity> list : List.of(ca.parent(), ca.grouping(), ca.category(), ca.other())) {
      list.forEach(a -> keys.add(a.id().value()));
    }
  }

  /** Every agent a statement names (with its name, if given), for the Agents resource. */
  public static List<Agent> agentsOf(Statement statement) {
    List<Agent> agents = new ArrayList<>();
    collectAgents(agents, Optional.of(statement.actor()));
    if (statement.object() instanceof Actor a) {
      collectAgents(agents, Optional.of(a));
    }
    collectAgents(agents, statement.authority());
    statement.context().ifPresent(c -> collectContextAgents(agents, c));
    if (statement.object() instanceof SubStatement sub) {
      collectAgents(agents, Optional.of(sub.actor()));
      if (sub.object() instanceof Actor a) {
        collectAgents(agents, Optional.of(a));
      }
      sub.context().ifPresent(c -> collectContextAgents(agents, c));
    }
    return List.copyOf(agents);
  }

  /** Every activity a statement names, with its definition if given, in statement order. */
  public static List<Activity> activitiesOf(Statement statement) {
    List<Activity> activities = new ArrayList<>();
    if (statement.object() instanceof Activity a) {
      activities.add(a);
    }
    statement.context().ifPresent(c -> collectContextActivities(activities, c));
    if (statement.object() instanceof SubStatement sub) {
      if (sub.object() instanceof Activity a) {
        activities.add(a);
      }
      sub.context().ifPresent(c -> collectContextActivities(activities, c));
    }
    return List.copyOf(activities);
  }

  private static void collectAgents(List<Agent> agents, Optional<? extends Actor> actor) {
    if (actor.isEmpty()) {
      return;
    }
    if (actor.get() instanceof Agent a) {
      agents.add(a);
    } else {
      agents.addAll(((Group) actor.get()).members());
    }
  }

  private static void collectContextAgents(List<Agent> agents, Context context) {
    collectAgents(agents, context.instructor());
    collectAgents(agents, context.team());
    context.contextAgents().forEach(ca -> agents.add(ca.agent()));
    context.contextGroups().forEach(cg -> agents.addAll(cg.group().members()));
  }

  private static void collectContextActivities(List<Activity> activities, Context context) {
    ContextActivities ca = context.contextActivities();
    for (List<Activity> list : List.of(ca.parent(), ca.grouping(), ca.category(), ca.other())) {
      activities.addAll(list);
    }
  }
}

package org.moocinterop.api.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.moocinterop.api.Iri;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Statement;

/**
 * Keeps the statements of an LRS, with what the Statements, Activities and Agents resources need:
 * atomic batches with conflict detection, voiding, filtered queries with stable paging, canonical
 * activity definitions, the names seen for agents, and attachment payloads.
 *
 * <p>The LRS engine completes each statement before storing it ({@code id}, {@code stored},
 * {@code authority}, {@code version}), validates it, and checks the voiding rules that need a
 * lookup (a voiding statement must not target another voiding statement: use {@link #find} and
 * the batch itself). The store keeps each statement exactly as given.
 *
 * <p>Implementations must be thread-safe and, when they are shared by several nodes, atomic across
 * them. Contract: {@code StatementStoreContract} in the {@code org.moocinterop.api.testkit} test
 * kit.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#21-statement-resource">
 *     xAPI Communication 2.1 Statement Resource</a>
 */
public interface StatementStore {

  /**
   * Stores a batch of statements and the payloads of their attachments, all or nothing.
   *
   * <p>For each statement whose id is already stored: if the stored statement is the same
   * ({@link Statement#isSameStatementAs}) it is not written again and is reported in
   * {@link StatementWrite.Stored#alreadyStored()}; if it differs, the whole batch is refused with
   * {@link StatementWrite.Conflicted}, and nothing (not the other statements, not the
   * attachments) is written. The decision and the write are one atomic step: of concurrent
   * batches holding the same id, one stores it and the others see it stored.
   *
   * <p>A voiding statement that is written marks its target voided when the target is stored (or
   * in the batch) and is not itself a voiding statement; a missing target is not an error (xAPI
   * 2.0.0). Activity definitions and agent names of written statements update what {@link
   * #activity} and {@link #person} return.
   *
   * @param statements the statements, each with an {@code id} and {@code stored}; ids distinct
   * @param attachments payloads by their {@code sha2} (hex, any case); a payload already stored
   *     under the same hash is kept
   * @return {@link StatementWrite.Stored} or {@link StatementWrite.Conflicted}
   * @throws IllegalArgumentException if a statement lacks {@code id} or {@code stored}, or two
   *     statements of the batch share an id
   * @throws org.moocinterop.api.StoreException if the store cannot be reached; nothing is written
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#231-statement-immutability">
   *     xAPI Data 2.3.1 Statement Immutability, 2.3.2 Voiding</a>
   */
  StatementWrite store(List<Statement> statements, Map<String, byte[]> attachments);

  /** Stores a batch without attachment payloads; see {@link #store(List, Map)}. */
  default StatementWrite store(List<Statement> statements) {
    return store(statements, Map.of());
  }

  /** The statement with this id, unless it is voided ({@code statementId} parameter). */
  Optional<Statement> find(UUID id);

  /** The statement with this id if it is voided ({@code voidedStatementId} parameter). */
  Optional<Statement> findVoided(UUID id);

  /** One page of the statements that match {@code query}; see {@link StatementQuery}. */
  StatementPage query(StatementQuery query);

  /**
   * The activity {@code id} with its canonical definition: the definitions seen in stored
   * statements, merged by {@link ActivityDefinitions#merge} in the order they were stored.
   *
   * @return empty if no stored statement named the activity
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#25-activities-resource">
   *     xAPI Communication 2.5 Activities Resource</a>
   */
  Optional<Activity> activity(Iri id);

  /**
   * What the store knows of the person behind {@code agent}: the agent's identifier and every
   * name seen with that identifier in stored statements, in the order first seen, then the name of
   * {@code agent} if it is not among them. Agents are not linked by the store, so the person has
   * one identifier.
   *
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#24-agents-resource">
   *     xAPI Communication 2.4 Agents Resource</a>
   */
  Person person(Agent agent);

  /**
   * The payload of the attachment with this {@code sha2} hash (hex, any case).
   *
   * @return empty if no payload was stored under it
   */
  Optional<byte[]> attachment(String sha2);

  /**
   * An instant up to which the store is complete: every statement with a {@code stored} at or
   * before it that will ever be stored is visible now, provided the LRS stores a statement within
   * the store's write window after assigning {@code stored} (see the implementation). For the
   * {@code X-Experience-API-Consistent-Through} header.
   */
  Instant consistentThrough();
}

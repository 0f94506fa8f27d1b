package org.moocinterop.impl.internal.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.sql.DataSource;
import org.moocinterop.api.StoreException;

/**
 * Runs Flyway's {@code migrate} on a data source.
 *
 * <p>Flyway is called reflectively: its jar declares no module name, and a module that requires a
 * module named after a jar file cannot be published safely (the name changes when Flyway gains
 * one). Flyway stays an ordinary Maven dependency of this module; only javac does not see it.
 * The tests of {@code JdbcDatabase} cover every call made here.
 */
public final class FlywayMigrations {

  private FlywayMigrations() {}

  /**
   * Applies the migrations found in {@code location} that the database lacks, recording them in
   * {@code historyTable}; a database holding other tables but no history gets a baseline at
   * version 0 first.
   *
   * @return how many migrations were applied
   * @throws StoreException if a migration fails or the recorded history does not match
   * @throws IllegalStateException if Flyway is missing from the class path or incompatible
   */
  public static int migrate(
      DataSource dataSource, String location, String historyTable, ClassLoader loader) {
    try {
      Class<?> flyway = Class.forName("org.flywaydb.core.Flyway", true, loader);
      Class<?> fluent = Class.forName(
          "org.flywaydb.core.api.configuration.FluentConfiguration", true, loader);
      Object config = flyway.getMethod("configure", ClassLoader.class).invoke(null, loader);
      config = call(fluent, config, "dataSource", DataSource.class, dataSource);
      config = call(fluent, config, "locations", String[].class, new String[] {location});
      config = call(fluent, config, "failOnMissingLocations", boolean.class, true);
      config = call(fluent, config, "table", String.class, historyTable);
      config = call(fluent, config, "baselineOnMigrate", boolean.class, true);
      config = call(fluent, config, "baselineVersion", String.class, "0");
      Object loaded = fluent.getMethod("load").invoke(config);
      Object result = flyway.getMethod("migrate").invoke(loaded);
      return result.getClass().getField("migrationsExecuted").getInt(result);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new StoreException("Flyway could not migrate the schema: " + cause.getMessage()
          + SqlErrors.describe(cause), cause);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new IllegalStateException(
          "Flyway (org.flywaydb:flyway-core 11 or later) is missing or incompatible", e);
    }
  }

  private static Object call(
      Class<?> type, Object target, String name, Class<?> parameter, Object argument)
      throws ReflectiveOperationException {
    Method method = type.getMethod(name, parameter);
    return method.invoke(target, argument);
  }
}

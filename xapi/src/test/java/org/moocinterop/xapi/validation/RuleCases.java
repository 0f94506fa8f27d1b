package org.moocinterop.xapi.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Supplies every {@link RuleCase} fixture of one rule to a parameterized test. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(RuleCasesProvider.class)
@interface RuleCases {
  /** The rule id, such as {@code agent.ifi.exactly-one}. */
  String value();
}

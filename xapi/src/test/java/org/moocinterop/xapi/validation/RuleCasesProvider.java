package org.moocinterop.xapi.validation;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;
import org.junit.jupiter.params.support.AnnotationConsumer;

final class RuleCasesProvider implements ArgumentsProvider, AnnotationConsumer<RuleCases> {
  private String rule = "";

  @Override
  public void accept(RuleCases annotation) {
    rule = annotation.value();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    List<RuleCase> cases = RuleCase.of(rule);
    if (cases.isEmpty()) {
      throw new IllegalStateException("no fixtures for rule " + rule);
    }
    return cases.stream().map(Arguments::of);
  }
}

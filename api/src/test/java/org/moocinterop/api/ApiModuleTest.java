package org.moocinterop.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.testkit.ModuleConventions;

class ApiModuleTest {

  @Test
  void apiRequiresTheJdkBaseAndJSpecifyOnly() {
    ModuleDescriptor module = ModuleConventions.descriptor(ModuleConventions.mainClasses());
    assertThat(module.requires())
        .extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "org.jspecify");
  }

  @Test
  void followsTheModuleConventions() {
    ModuleConventions.check(ModuleConventions.mainClasses());
  }
}

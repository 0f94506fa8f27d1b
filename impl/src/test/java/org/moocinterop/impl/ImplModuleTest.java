package org.moocinterop.impl;

import org.junit.jupiter.api.Test;
import org.moocinterop.api.testkit.ModuleConventions;

class ImplModuleTest {
  @Test
  void followsTheModuleConventions() {
    ModuleConventions.check(ModuleConventions.mainClasses());
  }
}

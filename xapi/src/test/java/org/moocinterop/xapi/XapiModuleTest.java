package org.moocinterop.xapi;

import org.junit.jupiter.api.Test;
import org.moocinterop.api.testkit.ModuleConventions;

class XapiModuleTest {
  @Test
  void followsTheModuleConventions() {
    ModuleConventions.check(ModuleConventions.mainClasses());
  }
}

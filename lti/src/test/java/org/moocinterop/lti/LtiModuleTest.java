package org.moocinterop.lti;

import org.junit.jupiter.api.Test;
import org.moocinterop.api.testkit.ModuleConventions;

class LtiModuleTest {
  @Test
  void followsTheModuleConventions() {
    ModuleConventions.check(ModuleConventions.mainClasses());
  }
}

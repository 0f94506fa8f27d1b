package org.moocinterop.node.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocinterop.node.NodeServer;
import org.openqa.selenium.By;

@Tag("e2e")
class BrowserSmokeE2eTest {

  @TempDir Path data;

  @Test
  void chromiumReadsTheHealthPage() throws Exception {
    try (NodeServer server = new NodeServer("127.0.0.1", 0, data, List.of());
        HeadlessChromium browser = HeadlessChromium.start()) {
      server.start();
      browser.driver().get(server.baseUrl() + "/health");
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("UP");
    }
  }
}

package org.moocinterop.node.lti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moocinterop.api.learner.Role;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.ResourceLink;

class ToolPagesTest {

  @Test
  void everyValueFromTheLaunchIsEscaped() {
    LtiLaunch launch = LtiLaunch.builder(MessageType.RESOURCE_LINK, "https://p.example/?a=1&b=2",
            "client", "deployment")
        .subject("user\"><script>")
        .name("<script>alert('x')</script>")
        .roles(Role.LEARNER, Role.of("http://example.org/roles#<b>Odd</b>"))
        .context(LtiContext.of("c&1", "L", "Title with \"quotes\" & <tags>"))
        .resourceLink(ResourceLink.of("link<1>", "t"))
        .build();

    String html = ToolPages.landing(launch);

    assertThat(html).doesNotContain("<script>", "<b>")
        .contains("user&quot;&gt;&lt;script&gt;", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
            "Title with &quot;quotes&quot; &amp; &lt;tags&gt;", "https://p.example/?a=1&amp;b=2",
            "<li class=\"role\" title=\"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\">Learner</li>");
  }

  @Test
  void theErrorPageShowsTheReasonCodeAndAnEscapedMessage() {
    String html = ToolPages.refused(
        new LtiLaunchException(ReasonCode.UNKNOWN_DEPLOYMENT, "deployment '<x>' is unknown"));

    assertThat(html).contains("<code id=\"reason\">UNKNOWN_DEPLOYMENT</code>",
        "deployment &#39;&lt;x&gt;&#39; is unknown");
  }

  @Test
  void aRoleIsShownByItsLastSegment() {
    assertThat(ToolPages.shortName(Role.INSTRUCTOR)).isEqualTo("Instructor");
    assertThat(ToolPages.shortName(Role.of("urn:lti:role:ims/lis/Learner"))).isEqualTo("Learner");
  }
}

package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.moocinterop.xapi.lrs.TestLrs.rule;

import java.net.URLEncoder;
import org.junit.jupiter.api.Test;

class AlternateSyntaxRulesTest {

  private static final String FORM = "application/x-www-form-urlencoded";
  private final TestLrs lrs = new TestLrs();

  private static String enc(String text) {
    return URLEncoder.encode(text, UTF_8);
  }

  private LrsResponse post(String method, String form) {
    return lrs.send(LrsRequest.builder("POST", "/statements").queryParameter("method", method)
        .header("Content-Type", FORM).body(form.getBytes(UTF_8)));
  }

  @Test
  void alternateSyntaxUnder103ForwardsTheRequestItStandsFor() {
    String form = "statementId=" + enc("7f0b1a42-2b39-4d5c-9a4a-1c3d2e5f6a7b")
        + "&content=" + enc("{\"verb\":{}}")
        + "&X-Experience-API-Version=1.0.3"
        + "&Authorization=" + enc(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET));
    LrsResponse response = post("PUT", form);
    assertThat(response.status()).isEqualTo(204);
    AuthorizedRequest forwarded = lrs.statements.last();
    assertThat(forwarded.request().method()).isEqualTo("PUT");
    assertThat(forwarded.request().query()).containsOnlyKeys("statementId");
    assertThat(forwarded.request().headers().first("Content-Type")).contains("application/json");
    assertThat(new String(lrs.statements.bodies.get(0), UTF_8)).isEqualTo("{\"verb\":{}}");
    assertThat(response.headers().first("X-Experience-API-Version")).contains("1.0.3");
  }

  @Test
  void alternateSyntaxUnder103CanStandForAGet() {
    LrsResponse response = post("GET", "limit=1&X-Experience-API-Version=1.0.3&Authorization="
        + enc(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET)));
    assertThat(response.status()).isEqualTo(200);
    assertThat(lrs.statements.last().request().query()).containsOnlyKeys("limit");
  }

  @Test
  void alternateSyntaxIsRefusedUnder200() {
    LrsResponse response = post("PUT", "statementId=x&content=" + enc("{}")
        + "&X-Experience-API-Version=2.0.0&Authorization=" + enc(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-1.3.alternate-syntax");
    assertThat(lrs.statements.received).isEmpty();
  }

  @Test
  void alternateSyntaxMustBeAPost() {
    LrsResponse response = lrs.send(LrsRequest.builder("PUT", "/statements").queryParameter("method", "POST")
        .header("Content-Type", FORM).body("content=%7B%7D".getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-1.3.alternate-syntax");
  }

  @Test
  void alternateSyntaxAllowsNoOtherQueryParameter() {
    LrsResponse response = lrs.send(LrsRequest.builder("POST", "/statements").queryParameter("method", "PUT")
        .queryParameter("statementId", "x").header("Content-Type", FORM)
        .body("content=%7B%7D&X-Experience-API-Version=1.0.3".getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void alternateSyntaxPutNeedsContent() {
    assertThat(post("PUT", "X-Experience-API-Version=1.0.3").status()).isEqualTo(400);
    assertThat(lrs.send(LrsRequest.builder("POST", "/statements").queryParameter("method", "PUT")).status())
        .isEqualTo(400);
  }

  @Test
  void alternateSyntaxBodyMustBeFormEncoded() {
    LrsResponse response = lrs.send(LrsRequest.builder("POST", "/statements").queryParameter("method", "PUT")
        .header("Content-Type", "application/json")
        .header("X-Experience-API-Version", "1.0.3")
        .body("{\"content\":\"{}\"}".getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void alternateSyntaxFormHeadersOverrideRealHeaders() {
    LrsResponse response = post("PUT", "statementId=x&content=%7B%7D&X-Experience-API-Version=0.8&Authorization="
        + enc(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.3.version-header");
  }

  @Test
  void alternateSyntaxReachesDocumentResourcesToo() {
    String params = "activityId=" + enc(TestLrs.ACTIVITY) + "&agent=" + enc(TestLrs.AGENT) + "&stateId=s";
    String auth = "&X-Experience-API-Version=1.0.3&Authorization=" + enc(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET));
    LrsResponse put = lrs.send(LrsRequest.builder("POST", "/activities/state").queryParameter("method", "PUT")
        .header("Content-Type", FORM)
        .body((params + "&content=" + enc("{\"a\":1}") + auth).getBytes(UTF_8)));
    assertThat(put.status()).isEqualTo(204);
    LrsResponse get = lrs.send(LrsRequest.builder("POST", "/activities/state").queryParameter("method", "GET")
        .header("Content-Type", FORM).body((params + auth).getBytes(UTF_8)));
    assertThat(TestLrs.text(get)).isEqualTo("{\"a\":1}");
  }
}

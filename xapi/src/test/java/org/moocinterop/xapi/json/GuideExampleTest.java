package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;

/** The examples of docs/xapi-json.md, kept compiling and running. */
class GuideExampleTest {

  private final byte[] requestBody = Fixtures.bytes("statements/valid/statement-01.json");

  @Test
  void xapiJsonExample() {
    XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);
    Statement statement = json.readStatement(requestBody);
    List<Statement> statements = json.readStatements(requestBody);

    byte[] exact = json.write(statement, Format.EXACT);
    byte[] ids = json.writeStatements(statements, Format.IDS);
    byte[] canonical = json.write(statement, Format.CANONICAL, List.of(Locale.FRENCH, Locale.ENGLISH));
    byte[] page = json.write(StatementResult.of(statements, Optional.of("/xapi/statements?more=2")),
        Format.EXACT);

    assertThat(json.readStatement(exact)).isEqualTo(statement);
    assertThat(json.readStatements(ids)).hasSize(1);
    assertThat(json.readStatement(canonical).id()).isEqualTo(statement.id());
    assertThat(json.readStatementResult(page).more()).contains("/xapi/statements?more=2");
  }

  @Test
  void xapiModuleExample() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new XapiModule()).build();
    Statement statement = mapper.readValue(requestBody, Statement.class);
    String json = mapper.writeValueAsString(statement);
    String ids = mapper.writer()
        .withAttribute(XapiModule.FORMAT_ATTRIBUTE, Format.IDS)
        .writeValueAsString(statement);
    String canonical = mapper.writer()
        .withAttribute(XapiModule.FORMAT_ATTRIBUTE, Format.CANONICAL)
        .withAttribute(XapiModule.LANGUAGES_ATTRIBUTE, List.of(Locale.GERMAN))
        .writeValueAsString(statement);

    assertThat(mapper.readValue(json, Statement.class)).isEqualTo(statement);
    assertThat(ids.length()).isLessThan(json.length());
    assertThat(canonical.length()).isLessThanOrEqualTo(json.length());
  }
}

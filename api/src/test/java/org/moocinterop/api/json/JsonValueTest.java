package org.moocinterop.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValueTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "1.10", "1e400", "1E-7", "-12.500e+3", "123456789012345678901234567890"})
  void aJsonNumberKeepsItsLiteralText(String text) {
    assertThat(JsonNumber.of(text).text()).isEqualTo(text);
    assertThat(JsonNumber.of(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "01", "1.", ".5", "+1", "1e", "NaN", "Infinity", "0x10", " 1"})
  void aJsonNumberOutsideTheGrammarIsRejected(String text) {
    assertThatThrownBy(() -> JsonNumber.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RFC 8259");
  }

  @Test
  void jsonNumbersCompareByTextAndOptionallyByValue() {
    assertThat(JsonNumber.of("1.0")).isNotEqualTo(JsonNumber.of("1"));
    assertThat(JsonNumber.of("1.0").numericallyEquals(JsonNumber.of("1e0"))).isTrue();
    assertThat(JsonNumber.of("1.10").toBigDecimal()).isEqualTo(new BigDecimal("1.10"));
    assertThat(JsonNumber.of("1e400").toBigDecimal()).isEqualByComparingTo(BigDecimal.TEN.pow(400));
    assertThat(JsonNumber.of(42L).text()).isEqualTo("42");
    assertThatThrownBy(() -> JsonNumber.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonNumber.of("1e99999999999").toBigDecimal())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aJsonObjectKeepsMemberOrderButEqualityIgnoresIt() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("b", JsonString.of("x"));
    members.put("a", JsonNull.INSTANCE);
    JsonObject object = JsonObject.of(members);
    members.put("c", JsonBoolean.TRUE);

    assertThat(object.members().keySet()).containsExactly("b", "a");
    Map<String, JsonValue> reversed = new LinkedHashMap<>();
    reversed.put("a", JsonNull.INSTANCE);
    reversed.put("b", JsonString.of("x"));
    assertThat(object).isEqualTo(JsonObject.of(reversed)).hasSameHashCodeAs(JsonObject.of(reversed));
    assertThat(object.get("a")).contains(JsonNull.INSTANCE);
    assertThatThrownBy(() -> object.members().put("z", JsonNull.INSTANCE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aJsonArrayIsACopyAndOrdered() {
    List<JsonValue> elements = new ArrayList<>(List.of(JsonNumber.of("1"), JsonNumber.of("2")));
    JsonArray array = JsonArray.of(elements);
    elements.add(JsonNumber.of("3"));

    assertThat(array.size()).isEqualTo(2);
    assertThat(array).isNotEqualTo(JsonArray.of(JsonNumber.of("2"), JsonNumber.of("1")));
  }
}

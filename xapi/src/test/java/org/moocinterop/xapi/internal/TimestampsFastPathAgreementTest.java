package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.moocinterop.xapi.XapiVersion;

/**
 * {@link Timestamps} answers through {@link FastTimestamps} for the common form: on a large set of
 * generated texts (valid, nearly valid and broken), it answers exactly as the full java.time path.
 */
class TimestampsFastPathAgreementTest {

  private static final String[] OFFSETS = {
    "Z", "z", "+00:00", "-00:00", "+02:00", "-05:30", "+18:00", "-18:00", "+18:01", "+14:60",
    "+0200", "+02", "-00", "", "+2:00", "+02:0", " Z"};
  private static final String[] SEPARATORS = {"T", "T", "T", "t", " ", "_"};

  @Test
  void fastPathAgreesWithTheFullParserOnGeneratedTimestamps() {
    List<String> texts = generated(20_000, new Random(20261128L));
    int fastAnswers = 0;
    for (String text : texts) {
      for (XapiVersion version : XapiVersion.values()) {
        assertThat(Timestamps.tryParse(text, version).orElse(null))
            .as("%s (%s)", text, version)
            .isEqualTo(Timestamps.parseWithFormatter(text, version));
      }
      if (FastTimestamps.parse(text) != null) {
        fastAnswers++;
      }
    }
    // the set exercises both paths
    assertThat(fastAnswers).isBetween(texts.size() / 20, texts.size() - texts.size() / 20);
  }

  private static List<String> generated(int count, Random random) {
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      b.append(pad(random.nextInt(10) == 0 ? random.nextInt(10_000) : 1900 + random.nextInt(200), 4));
      b.append('-').append(pad(random.nextInt(14), 2));
      b.append('-').append(pad(random.nextInt(33), 2));
      b.append(random.nextInt(4) == 0 ? SEPARATORS[random.nextInt(SEPARATORS.length)] : "T");
      b.append(pad(random.nextInt(26), 2)).append(':').append(pad(random.nextInt(62), 2));
      if (random.nextInt(10) != 0) {
        b.append(':').append(pad(random.nextInt(62), 2));
      }
      int fraction = random.nextInt(13) - 1;
      if (fraction >= 0) {
        b.append('.');
        for (int k = 0; k < fraction; k++) {
          b.append((char) ('0' + random.nextInt(10)));
        }
      }
      b.append(random.nextInt(3) == 0 ? OFFSETS[random.nextInt(OFFSETS.length)] : "Z");
      String text = b.toString();
      if (random.nextInt(30) == 0 && text.length() > 1) {
        int at = random.nextInt(text.length());
        text = text.substring(0, at) + (char) ('!' + random.nextInt(90)) + text.substring(at + 1);
      }
      texts.add(text);
    }
    return texts;
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}

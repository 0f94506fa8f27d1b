package org.moocinterop.xapi.internal.lrs;

import java.util.EnumMap;
import java.util.Map;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.validation.XapiValidator;

/** One strict JSON codec per xAPI version, reading at most the LRS's body cap. */
final class Codecs {

  private final Map<XapiVersion, XapiJson> byVersion = new EnumMap<>(XapiVersion.class);

  Codecs(long maxBodyBytes) {
    for (XapiVersion version : XapiVersion.values()) {
      byVersion.put(version, XapiJson.forVersion(version)
          .withLimits(maxBodyBytes, XapiValidator.DEFAULT_MAX_DEPTH));
    }
  }

  XapiJson of(XapiVersion version) {
    XapiJson codec = byVersion.get(version);
    if (codec == null) {
      throw new IllegalStateException("no codec for " + version);
    }
    return codec;
  }
}

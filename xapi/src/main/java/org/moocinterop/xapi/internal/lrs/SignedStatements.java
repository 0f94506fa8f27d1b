package org.moocinterop.xapi.internal.lrs;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.statement.Attachment;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.LrsException;

/**
 * Checks signed statements (xAPI Data 2.6): the signature attachment holds a JWS in compact
 * serialization, signed with RS256, RS384 or RS512, whose payload is the same statement
 * ({@link Statement#isSameStatementAs}). When the JWS header carries an {@code x5c} certificate
 * chain, the signature is verified with the public key of its first certificate; without one
 * there is no key to verify with, and only the form, the algorithm and the payload are checked
 * (the specification makes the certificate optional).
 */
final class SignedStatements {

  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512);

  private SignedStatements() {}

  /** Checks every signature attachment of {@code statement}, whose parts are {@code payloads}. */
  static void check(Statement statement, Map<String, byte[]> payloads, XapiJson codec) {
    for (Attachment attachment : statement.attachments()) {
      if (!attachment.usageType().value().equals(IncomingStatements.SIGNATURE_USAGE)) {
        continue;
      }
      byte[] content = payloads.get(attachment.sha2().toLowerCase(Locale.ROOT));
      if (content == null) {
        throw refused("the signature attachment has no part");
      }
      verify(statement, new String(content, StandardCharsets.US_ASCII).trim(), codec);
    }
  }

  private static void verify(Statement statement, String compact, XapiJson codec) {
    JWSObject jws;
    try {
      jws = JWSObject.parse(compact);
    } catch (ParseException e) {
      throw refused("the signature is not a JWS in compact serialization");
    }
    JWSAlgorithm algorithm = jws.getHeader().getAlgorithm();
    if (!ALGORITHMS.contains(algorithm)) {
      throw refused("the signature uses " + algorithm + "; xAPI allows RS256, RS384 and RS512");
    }
    List<Base64> chain = jws.getHeader().getX509CertChain();
    if (chain != null && !chain.isEmpty()) {
      X509Certificate certificate = X509CertUtils.parse(chain.get(0).decode());
      if (certificate == null || !(certificate.getPublicKey() instanceof RSAPublicKey key)) {
        throw refused("the first x5c certificate of the signature is not an X.509 RSA certificate");
      }
      try {
        if (!jws.verify(new RSASSAVerifier(key))) {
          throw refused("the signature does not verify with the key of its x5c certificate");
        }
      } catch (JOSEException e) {
        throw refused("the signature cannot be verified: " + e.getMessage());
      }
    }
    Statement signed;
    try {
      signed = codec.readStatement(jws.getPayload().toBytes());
    } catch (ValidationException e) {
      throw refused("the JWS payload is not a valid statement: " + e.getMessage());
    }
    if (!statement.isSameStatementAs(signed)) {
      throw refused("the JWS payload is not the statement it signs");
    }
  }

  private static LrsException refused(String message) {
    return new LrsException(400, Rules.SIGNATURE, "xAPI-Data 2.6", message);
  }
}

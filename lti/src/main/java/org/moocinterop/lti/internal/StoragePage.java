package org.moocinterop.lti.internal;

import java.net.URI;

/**
 * The HTML page a tool answers a login initiation with when the platform offers client-side
 * storage ({@code lti_storage_target}): it stores state and nonce in the platform's storage frame
 * with {@code lti.put_data} postMessages, waits for both acknowledgements (or a short timeout),
 * then navigates to the platform's authorization endpoint.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-cs-pm/v0p1">LTI Client Side postMessages</a>
 */
public final class StoragePage {

  private StoragePage() {}

  /**
   * The page.
   *
   * @param storageTarget the frame name the platform gave; validated by the caller
   * @param platformOrigin the origin of the platform's authorization endpoint, the only origin
   *     messages are sent to and accepted from
   * @param state the state, stored under key {@code state_<state>}
   * @param nonce the nonce, stored under key {@code nonce_<nonce>}
   * @param next the authorization request URL
   */
  public static String render(
      String storageTarget, String platformOrigin, String state, String nonce, URI next) {
    String nextUrl = next.toString();
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<meta name=\"referrer\" content=\"no-referrer\"><title>Signing in</title></head><body>\n"
        + "<noscript><a href=\"" + Html.escape(nextUrl) + "\">Continue</a></noscript>\n"
        + "<script>\n(function () {\n"
        + "  var target = " + Html.jsString(storageTarget) + ";\n"
        + "  var origin = " + Html.jsString(platformOrigin) + ";\n"
        + "  var next = " + Html.jsString(nextUrl) + ";\n"
        + "  var items = [[" + Html.jsString("state_" + state) + ", " + Html.jsString(state)
        + "], [" + Html.jsString("nonce_" + nonce) + ", " + Html.jsString(nonce) + "]];\n"
        + "  var host = window.opener || window.parent;\n"
        + "  var frame = target === \"_parent\" ? host : (host.frames[target] || host);\n"
        + "  var pending = {};\n"
        + "  var done = false;\n"
        + "  function go() { if (!done) { done = true; window.location.replace(next); } }\n"
        + "  window.addEventListener(\"message\", function (event) {\n"
        + "    if (event.origin !== origin || !event.data\n"
        + "        || event.data.subject !== \"lti.put_data.response\") { return; }\n"
        + "    delete pending[event.data.message_id];\n"
        + "    if (Object.keys(pending).length === 0) { go(); }\n"
        + "  });\n"
        + "  items.forEach(function (item, i) {\n"
        + "    var id = \"put-\" + i + \"-\" + Math.random().toString(36).slice(2);\n"
        + "    pending[id] = true;\n"
        + "    frame.postMessage({subject: \"lti.put_data\", message_id: id, key: item[0],"
        + " value: item[1]}, origin);\n"
        + "  });\n"
        + "  setTimeout(go, 2000);\n"
        + "})();\n</script>\n</body></html>\n";
  }
}

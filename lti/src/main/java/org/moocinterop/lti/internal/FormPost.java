package org.moocinterop.lti.internal;

import java.util.Map;

/** An HTML page that posts hidden fields to a URL as soon as it loads (OIDC form_post). */
public final class FormPost {

  private FormPost() {}

  /** The page; every value is HTML-escaped. */
  public static String render(String action, Map<String, String> fields) {
    StringBuilder html = new StringBuilder(512)
        .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\"><title>Continue</title></head>\n")
        .append("<body onload=\"document.forms[0].submit()\">\n<form method=\"post\" action=\"")
        .append(Html.escape(action)).append("\">\n");
    fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
        .append(Html.escape(name)).append("\" value=\"").append(Html.escape(value)).append("\">\n"));
    return html.append("<noscript><button type=\"submit\">Continue</button></noscript>\n")
        .append("</form>\n</body></html>\n").toString();
  }
}

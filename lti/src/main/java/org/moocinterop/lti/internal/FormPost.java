package org.moocinterop.lti.internal;

import java.util.Map;

/** An HTML page that posts hidden fields to a URL as soon as it loads (OIDC form_post). */
public final class FormPost {

  private FormPost() {}

  /** The page; every value is HTML-escaped. */
  public static String render(String action, Map<String, String> fields) {
    int size = 512 + action.length();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      size += 48 + field.getKey().length() + field.getValue().length();
    }
    StringBuilder html = new StringBuilder(size)
        .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
        .append("<meta name=\"referrer\" content=\"no-referrer\"><title>Continue</title></head>\n")
        .append("<body onload=\"document.forms[0].submit()\">\n<form method=\"post\" action=\"");
    Html.escapeTo(html, action).append("\">\n");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      Html.escapeTo(html.append("<input type=\"hidden\" name=\""), field.getKey())
          .append("\" value=\"");
      Html.escapeTo(html, field.getValue()).append("\">\n");
    }
    return html.append("<noscript><button type=\"submit\">Continue</button></noscript>\n")
        .append("</form>\n</body></html>\n").toString();
  }
}

package org.moocinterop.node.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code xapi validate [--xapi-version 2.0.0|1.0.3] FILE...}: checks statements in files holding
 * one JSON statement, a JSON array of statements, or NDJSON (one statement per line).
 *
 * <p>Prints one line {@code INDEX RULE MESSAGE (at POINTER)} per violation of each invalid
 * statement (INDEX counts statements across all files from 0; a statement with several violations
 * has several lines with the same INDEX), then {@code N statements, V valid, I invalid}. Exits 0
 * when every statement is valid, 1 when some are invalid, 2 when a file cannot be read or the
 * command line is wrong.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate xAPI statements: each FILE holds one statement, a JSON array, or NDJSON.",
      "Prints 'INDEX RULE MESSAGE (at POINTER)' for each violation, then a summary line.",
      "Exit status: 0 all valid, 1 some invalid, 2 unreadable file or usage error."
    })
public final class XapiValidateCommand implements Callable<Integer> {

  @Option(names = "--xapi-version", defaultValue = "2.0.0", paramLabel = "VERSION",
      converter = VersionConverter.class,
      description = "2.0.0 or 1.0.3 (default: ${DEFAULT-VALUE}).")
  XapiVersion version = XapiVersion.V2_0_0;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to validate.")
  List<Path> files = new ArrayList<>();

  @Spec @Nullable CommandSpec spec;

  private int index;
  private int invalid;

  /** Made by picocli. */
  public XapiValidateCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec == null ? new PrintWriter(System.out, true, StandardCharsets.UTF_8)
        : spec.commandLine().getOut();
    PrintWriter err = spec == null ? new PrintWriter(System.err, true, StandardCharsets.UTF_8)
        : spec.commandLine().getErr();
    XapiJson json = XapiJson.forVersion(version);
    boolean unreadable = false;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        err.println("cannot read " + file + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage()));
        unreadable = true;
        continue;
      }
      validateFile(json, bytes, out);
    }
    out.println(index + " statements, " + (index - invalid) + " valid, " + invalid + " invalid");
    out.flush();
    if (unreadable) {
      return 2;
    }
    return invalid == 0 ? 0 : 1;
  }

  private void validateFile(XapiJson json, byte[] bytes, PrintWriter out) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String trimmed = text.strip();
    if (trimmed.startsWith("[")) {
      JsonNode array;
      try {
        array = json.readTree(bytes);
      } catch (ValidationException e) {
        report(e, out);
        return;
      }
      for (JsonNode statement : array) {
        check(() -> json.toStatement(statement), out);
      }
      return;
    }
    List<String> lines = trimmed.lines().filter(l -> !l.isBlank()).toList();
    if (lines.size() > 1 && isNdjson(json, text, lines.get(0))) {
      for (String line : lines) {
        check(() -> json.readStatement(line), out);
      }
      return;
    }
    check(() -> json.readStatement(bytes), out);
  }

  /** NDJSON: the whole text is not one JSON value, but its first line is one. */
  private static boolean isNdjson(XapiJson json, String text, String firstLine) {
    try {
      json.readTree(text.getBytes(StandardCharsets.UTF_8));
      return false;
    } catch (ValidationException whole) {
      try {
        json.readTree(firstLine.getBytes(StandardCharsets.UTF_8));
        return true;
      } catch (ValidationException line) {
        return false;
      }
    }
  }

  private void check(Runnable read, PrintWriter out) {
    try {
      read.run();
      index++;
    } catch (ValidationException e) {
      report(e, out);
    }
  }

  private void report(ValidationException e, PrintWriter out) {
    for (Violation v : e.violations()) {
      out.println(index + " " + v.rule() + " " + v.message()
          + (v.pointer().isEmpty() ? "" : " (at " + v.pointer() + ")"));
    }
    index++;
    invalid++;
  }

  /** Reads {@code 2.0.0} (or {@code 2.0}) and {@code 1.0.3}. */
  static final class VersionConverter implements ITypeConverter<XapiVersion> {
    @Override
    public XapiVersion convert(String value) {
      for (XapiVersion v : XapiVersion.values()) {
        if (v.text().equals(value)) {
          return v;
        }
      }
      if (value.equals("2.0")) {
        return XapiVersion.V2_0_0;
      }
      throw new TypeConversionException("'" + value + "' is not 2.0.0 or 1.0.3");
    }
  }
}

package org.moocinterop.node;

import org.moocinterop.node.cli.XapiCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar mooc-interop-node.jar COMMAND}. */
@Command(
    name = "mooc-interop-node",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "The mooc-interop alliance node: an LRS, LTI tool and platform, and a course catalog.",
    subcommands = {ServeCommand.class, XapiCommand.class, CommandLine.HelpCommand.class})
public final class Main {

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status; for tests and embedding. */
  public static int run(String... args) {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"mooc-interop-node " + (version == null ? "(development build)" : version)};
    }
  }
}

package org.moocinterop.node.cli;

import picocli.CommandLine.Command;

/** {@code xapi}: tools for xAPI statements. */
@Command(
    name = "xapi",
    mixinStandardHelpOptions = true,
    description = "Tools for xAPI statements.",
    subcommands = {XapiValidateCommand.class})
public final class XapiCommand {

  /** Made by picocli. */
  public XapiCommand() {}
}

package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.currents.pipeline.BuildRun;
import org.currents.publish.EventsJsonLines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code currents events --format jsonl}: the events of what is stored, one per line. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the events built from what is stored, one JSON object per line:",
      "{\"event\", \"date\", \"summary\", \"lead\", \"articles\", \"sources\" (outlet, url,",
      "copy_of: the original of a syndicated copy), \"entities\", \"related\"}."
    })
final class EventsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    jsonl
  }

  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    BuildRun.Result result = BuildCommand.run(main, spec.commandLine().getErr());
    EventsJsonLines.write(result.portal(), out);
    out.flush();
    return 0;
  }
}

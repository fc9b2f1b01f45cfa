package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.ingest.fetch.FetchConfig;
import org.currents.model.PortalEvent;
import org.currents.pipeline.BuildRun;
import org.currents.publish.PortalPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code currents demo}: ingest the bundled samples, build the portal, say where to look. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Ingests the sample corpus, builds the portal and shows where to look.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      defaultValue = "samples",
      description = "The sample corpus (default: ${DEFAULT-VALUE}).")
  Path samples;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out/portal",
      description = "Where to write the Markdown portal (default: ${DEFAULT-VALUE}).")
  Path portalDir;

  @Option(
      names = "--serve",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = {
        "Then serve the web portal on 127.0.0.1 until stopped (see `currents serve`); the default.",
        "--no-serve stops once the Markdown portal is written (as CI does)."
      })
  boolean serve;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to serve on (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(samples)) {
      err.println("currents: no sample corpus at " + samples + " (run from the repository root)");
      return 1;
    }
    out.println("Ingesting the sample corpus in " + samples + " into " + main.storeLocation() + " ...");
    out.flush();
    IngestCommand.ingest(main, List.of(samples.toString()), FetchConfig.defaults(), err);
    out.println("Building events, summaries and links ...");
    out.flush();
    BuildRun.Result result = BuildCommand.build(main, portalDir, err);
    List<PortalEvent> events = result.portal().events();
    long multiSource = events.stream().filter(e -> e.sourceArticleIds().size() > 1).count();
    long related = events.stream().filter(e -> !e.related().isEmpty()).count();
    out.println();
    out.printf(
        "%d articles became %d events (%d with several sources, %d with related events) in %d"
            + " stories.%n",
        result.portal().articles().size(),
        events.size(),
        multiSource,
        related,
        result.portal().stories().size());
    out.println("Look at: " + portalDir.resolve("index.md"));
    events.stream()
        .limit(3)
        .forEach(
            e ->
                out.println(
                    "  "
                        + PortalPaths.dayLabel(e.event().date())
                        + "  "
                        + e.summary().sentence()));
    if (serve) {
      // A demo portal is small and served to one reader: no warm-up.
      ServeCommand.serveUntilStopped(main, port, 0, out, err);
    }
    return 0;
  }
}

package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import org.currents.model.Portal;
import org.currents.pipeline.BuildHistory;
import org.currents.pipeline.BuildRun;
import org.currents.publish.MarkdownPortalWriter;
import org.currents.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code currents build}: dedup, entities, events, summaries, links, then the Markdown portal. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Runs the stages after ingest over everything stored and writes the portal.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out/portal",
      description = "Where to write the Markdown portal (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    build(main, out, spec.commandLine().getErr());
    return 0;
  }

  static BuildRun.Result build(Main main, Path out, PrintWriter err) throws IOException {
    BuildRun.Result result = run(main, err);
    Portal portal = withHistory(main, result.portal(), err);
    MarkdownPortalWriter.clean(out);
    new MarkdownPortalWriter().publish(portal, out);
    result.report().lines().forEach(err::println);
    err.println("portal: " + portal.events().size() + " events written to " + out);
    return new BuildRun.Result(portal, result.report());
  }

  /** Records this build's events, and what moved since the last build, and keeps old pages resolving. */
  private static Portal withHistory(Main main, Portal portal, PrintWriter err) {
    try (Stores stores = main.openStores()) {
      BuildHistory.Recorded recorded = BuildHistory.record(stores.events(), portal);
      recorded.moves().forEach(m -> err.println("  " + BuildHistory.line(m)));
      return recorded.portal();
    }
  }

  /** Runs the build stages over the store of {@code main}, with progress on err. */
  static BuildRun.Result run(Main main, PrintWriter err) {
    DefaultStages stages = DefaultStages.create();
    TerminalProgress progress = TerminalProgress.forConsole(err);
    try (Stores stores = main.openStores()) {
      BuildRun.Result result = stages.build().run(stores.articles().articles(), progress);
      progress.finish();
      return result;
    }
  }
}

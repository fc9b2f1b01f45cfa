package org.currents.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.currents.pipeline.BuildRun;
import org.currents.publish.MarkdownPortalWriter;
import org.currents.store.SqliteArticleStore;
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
    clean(out);
    new MarkdownPortalWriter().publish(result.portal(), out);
    result.report().lines().forEach(err::println);
    err.println("portal: " + result.portal().events().size() + " events written to " + out);
    return result;
  }

  /** Runs the build stages over the store of {@code main}, with progress on err. */
  static BuildRun.Result run(Main main, PrintWriter err) {
    DefaultStages stages = DefaultStages.create();
    TerminalProgress progress = TerminalProgress.forConsole(err);
    try (SqliteArticleStore store = SqliteArticleStore.open(main.data)) {
      BuildRun.Result result = stages.build().run(store.articles(), progress);
      progress.finish();
      return result;
    }
  }

  /** Removes the portal's own folders from a previous build, so no stale page survives. */
  private static void clean(Path out) throws IOException {
    for (String owned : new String[] {"news", "entity", "story", "index.md"}) {
      Path p = out.resolve(owned);
      if (!Files.exists(p)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }
}

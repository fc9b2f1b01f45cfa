package org.currents.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.currents.store.SourceList;
import org.currents.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code currents sources add|list|remove}: the sources that {@code currents watch} polls. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "Manages the list of sources (feeds, sitemaps, URLs, files) that watch polls.",
    subcommands = {
      SourcesCommand.Add.class,
      SourcesCommand.ListSources.class,
      SourcesCommand.Remove.class
    })
final class SourcesCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds sources to the list.")
  static final class Add implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @ParentCommand SourcesCommand parent;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Feed, sitemap or page URLs, or files.")
    List<String> locations;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Stores stores = parent.main.openStores()) {
        for (String location : locations) {
          out.println((stores.sources().addSource(location) ? "added " : "already listed ") + location);
        }
      }
      return 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the sources, with the outcome of the last read (tab-separated).")
  static final class ListSources implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @ParentCommand SourcesCommand parent;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Stores stores = parent.main.openStores()) {
        for (SourceList.Source s : stores.sources().sources()) {
          out.println(
              String.join(
                  "\t",
                  s.location(),
                  s.lastStatus() == null ? "never read" : s.lastStatus(),
                  s.lastReadAt() == null ? "-" : s.lastReadAt(),
                  s.lastDetail() == null ? "" : s.lastDetail()));
        }
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes sources from the list.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @ParentCommand SourcesCommand parent;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Sources as listed.")
    List<String> locations;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      boolean all = true;
      try (Stores stores = parent.main.openStores()) {
        for (String location : locations) {
          boolean removed = stores.sources().removeSource(location);
          all &= removed;
          out.println((removed ? "removed " : "not listed ") + location);
        }
      }
      return all ? 0 : 1;
    }
  }
}

package org.currents.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.currents.store.StoreLocation;
import org.currents.store.Stores;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code currents} command. Exit codes: 0 ok, 1 failure (some input failed, or the store
 * failed), 2 usage error.
 */
@Command(
    name = "currents",
    mixinStandardHelpOptions = true,
    version = "currents 0.1.0",
    description = "Turns raw news pages into a dated, linked current-events portal.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      BuildCommand.class,
      ServeCommand.class,
      EventsCommand.class,
      DemoCommand.class,
      SourcesCommand.class,
      WatchCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      SparkCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Where the store lives (default: ${DEFAULT-VALUE}).",
      defaultValue = "currents-data")
  Path data = Path.of("currents-data");

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      converter = StoreUrl.class,
      description = {
        "A PostgreSQL database to use as the store instead of the embedded one under --data:",
        "postgresql://user:password@host:port/database (also jdbc:postgresql://...)."
      })
  @Nullable StoreLocation db;

  /** Where the stores are: {@code --db} when given, else the embedded store under {@code --data}. */
  StoreLocation storeLocation() {
    return db != null ? db : StoreLocation.embedded(data);
  }

  /** Opens the stores of this command line; the only place the commands open them. */
  Stores openStores() {
    return Stores.open(storeLocation());
  }

  /** Reads {@code --db}; a URL that is not one is a usage error that says why. */
  static final class StoreUrl implements CommandLine.ITypeConverter<StoreLocation> {
    @Override
    public StoreLocation convert(String value) {
      try {
        return StoreLocation.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("currents: " + e.getMessage());
          return CommandLine.ExitCode.SOFTWARE;
        });
    return cli.execute(args);
  }
}

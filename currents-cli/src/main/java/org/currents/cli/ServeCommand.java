package org.currents.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.currents.web.PortalServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code currents serve}: builds the portal from the store and serves it on loopback until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Builds the portal from what is stored and serves it on 127.0.0.1 (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {
  /** Loopback only: the portal has an unauthenticated rebuild endpoint. */
  static final String HOST = "127.0.0.1";

  @Spec CommandLine.Model.CommandSpec spec;
  @ParentCommand Main main;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  /** Searches the server sends itself before it is announced, so the JIT has compiled a request's path. */
  static final String WARM_SEARCHES = "10000";

  @Option(
      names = "--warm-searches",
      paramLabel = "N",
      defaultValue = WARM_SEARCHES,
      description = "Searches the server sends itself, through Jetty in memory, before it is announced (default: ${DEFAULT-VALUE}).")
  int warmSearches;

  @Override
  public Integer call() throws InterruptedException {
    serveUntilStopped(main, port, warmSearches, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }

  /** Serves {@code main}'s store, prints the address on {@code out}, and returns when the JVM stops. */
  static void serveUntilStopped(Main main, int port, int warmSearches, PrintWriter out, PrintWriter err)
      throws InterruptedException {
    PortalServer server = start(main, port, warmSearches, err);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    out.println("Serving the portal at http://" + HOST + ":" + server.port() + "/ (Ctrl-C stops)");
    out.flush();
    stopped.await();
  }

  /** Builds the portal over {@code main}'s store and serves it; each rebuild reads the store again. */
  static PortalServer start(Main main, int port, int warmSearches, PrintWriter err) {
    return PortalServer.start(() -> BuildCommand.run(main, err).portal(), HOST, port, Clock.systemUTC(), warmSearches);
  }
}

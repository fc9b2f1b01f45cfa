package org.currents.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.currents.store.StoreLocation;
import org.currents.pipeline.ProgressListener;
import org.jspecify.annotations.Nullable;

/**
 * The job's entry point for {@code spark-submit} (the master, executors and their memory come from
 * spark-submit's own options):
 *
 * <pre>
 * spark-submit --class org.currents.spark.SparkMain currents-spark.jar \
 *     (--data DIR | --db postgresql://...) --out DIR [--events FILE] [--partitions N]
 *     [--window-days N] [--max-key-articles N] INPUT...
 * </pre>
 *
 * Exit codes as {@code currents}: 0 ok, 1 an input or the store failed, 2 usage error.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  static int run(String[] args, PrintStream err) throws IOException {
    StoreLocation store = StoreLocation.embedded(Path.of("currents-data"));
    Path out = Path.of("out/portal");
    @Nullable Path events = null;
    @Nullable Integer partitions = null;
    int windowDays = SparkBuild.DEFAULT_WINDOW_DAYS;
    int maxKeyArticles = 0;
    List<String> inputs = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--data" -> store = StoreLocation.embedded(Path.of(args[++i]));
          case "--db" -> store = StoreLocation.parse(args[++i]);
          case "--out" -> out = Path.of(args[++i]);
          case "--events" -> events = Path.of(args[++i]);
          case "--partitions" -> partitions = Integer.parseInt(args[++i]);
          case "--window-days" -> windowDays = Integer.parseInt(args[++i]);
          case "--max-key-articles" -> maxKeyArticles = Integer.parseInt(args[++i]);
          default -> inputs.add(args[i]);
        }
      }
    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
      inputs.clear();
    }
    if (inputs.isEmpty()) {
      err.println(
          "usage: SparkMain (--data DIR | --db postgresql://...) --out DIR [--events FILE]"
              + " [--partitions N] [--window-days N] [--max-key-articles N] INPUT...");
      return 2;
    }
    SparkConf conf = new SparkConf().setAppName("currents").setIfMissing("spark.master", "local[*]");
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      return new SparkJob(inputs, store, out, events, partitions, windowDays, maxKeyArticles)
          .run(spark, ProgressListener.silent(), err::println);
    }
  }
}

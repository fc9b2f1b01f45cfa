package org.currents.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Spark contexts for runs inside one JVM ({@code currents spark}, the bench, the tests). */
public final class SparkContexts {
  private SparkContexts() {}

  /**
   * A context on {@code master} (such as {@code local[2]}), bound to loopback, without the web UI:
   * a local run opens no port to the network.
   */
  public static JavaSparkContext local(String master) {
    return new JavaSparkContext(
        new SparkConf()
            .setMaster(master)
            .setAppName("currents")
            .set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1"));
  }
}

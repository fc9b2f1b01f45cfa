/**
 * Runs Currents past one machine on Apache Spark, with core's own stage objects: ingest and
 * extraction per input file, entity finding per article, dedup by LSH band keys and clustering per
 * time window and block of articles linked by shared keys, all in parallel; the cheap cross-event
 * stages (summaries, links, stories) and the store on the driver.
 *
 * <p>What it must not do: hold stage logic. Every decision (what an article is, which texts are
 * copies, which article joins which event, what a summary says) is made by a core object; this
 * package only decides where it runs and how partial results are joined. Stages are made on the
 * executors through {@link org.currents.spark.SparkStages}, once per partition, so they need not
 * be serialisable.
 *
 * <p>Traps: Spark on Java 17 needs its {@code --add-opens} flags (see {@code docs/scale-out.md});
 * everything shipped between machines must be {@code Serializable} (core's model records are).
 */
@NullMarked
package org.currents.spark;

import org.jspecify.annotations.NullMarked;

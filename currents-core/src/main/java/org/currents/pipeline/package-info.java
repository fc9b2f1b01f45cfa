/**
 * Runs the stages in order over records: {@link org.currents.pipeline.IngestRun} (read -> extract
 * -> store, page by page) and {@link org.currents.pipeline.BuildRun} (dedup -> entities -> cluster
 * -> summarize -> link, over everything stored). Counts every outcome in a {@link
 * org.currents.pipeline.RunReport}. Knows the stage roles, never their implementations, and nothing
 * of the CLI or the web.
 */
@NullMarked
package org.currents.pipeline;

import org.jspecify.annotations.NullMarked;

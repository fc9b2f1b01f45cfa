/**
 * Measures Currents against published benchmarks and other tools: the article extraction
 * benchmark's shingle scores, metadata accuracy on Readability's test pages, pages per second
 * side by side with other extractors, event clustering on ECB+ (BCubed, pairwise) and event
 * summaries against ECB+ headlines (ROUGE) beside baselines.
 *
 * <p>Scores follow the benchmarks' own definitions exactly, so that Currents' row can stand next
 * to the published rows of other tools. Nothing here is used by the pipeline; the competitors it
 * runs (boilerpipe, Readability.js) stay out of core. Data paths are arguments: nothing is
 * downloaded.
 */
@NullMarked
package org.currents.eval;

import org.jspecify.annotations.NullMarked;

/**
 * Summaries: one sentence per event, a lead sentence and a cover image, each with the article and
 * sentence it came from.
 */
@NullMarked
package org.currents.summarize;

import org.jspecify.annotations.NullMarked;

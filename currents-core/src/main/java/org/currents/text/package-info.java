/**
 * The language layer the text stages share: sentences, tokens and part-of-speech tags from
 * OpenNLP's Apache-licensed English models (loaded once, shared, thread safe), and the plain
 * lower-case terms that similarity measures use; {@link org.currents.text.QuickTokens} gives
 * tokens and function-word tags by rule where the models are too slow. Knows nothing of articles,
 * events or the store.
 *
 * <p>Trap: OpenNLP's sentence model splits after abbreviations such as "U.S." and "Jan."; {@link
 * org.currents.text.EnglishNlp#sentences} merges those splits back.
 */
@NullMarked
package org.currents.text;

import org.jspecify.annotations.NullMarked;

/**
 * Evaluation on public data sets: readers that turn a data set's files into Currents' records with
 * their gold labels, and the scores (BCubed, pairwise) that compare Currents' output with the gold.
 * Readers never pass gold-only information (file names, topic numbers, source URLs) into the
 * records the stages see.
 */
@NullMarked
package org.currents.eval;

import org.jspecify.annotations.NullMarked;

/**
 * Measuring the entity finder on ECB+: reading the corpus into texts with gold names, and scoring
 * mentions (by type) and cross-document chains (BCubed). Used by {@code currents eval entities};
 * never by the pipeline. The corpus is read from a path given at run time, never bundled.
 */
@NullMarked
package org.currents.entity.eval;

import org.jspecify.annotations.NullMarked;

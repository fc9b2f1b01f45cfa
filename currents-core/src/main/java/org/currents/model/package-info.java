/**
 * The immutable records that travel between stages: {@link org.currents.model.RawPage} in,
 * {@link org.currents.model.Article}, {@link org.currents.model.Mention}, {@link
 * org.currents.model.Event}, {@link org.currents.model.Summary} and {@link
 * org.currents.model.EventLink} out, and the {@link org.currents.model.Outcome} every stage returns.
 *
 * <p>Nothing here does work; records validate their invariants and nothing else. Times are {@code
 * Instant}s; a publish date keeps its precision and where it came from ({@link
 * org.currents.model.DateSource}).
 *
 * <p>The records that a distributed run ships between machines (articles, mentions, events,
 * problems) are {@code Serializable}: Java serialises records through their canonical
 * constructors, so their invariants hold on the other side too.
 */
@NullMarked
package org.currents.model;

import org.jspecify.annotations.NullMarked;

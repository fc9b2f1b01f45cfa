/**
 * Clustering: articles about one happening become one event, with a date, weighted entities and a
 * stable id. Deterministic for a given input order.
 */
@NullMarked
package org.currents.cluster;

import org.jspecify.annotations.NullMarked;

/**
 * Linking: related events through shared entities weighted by rarity; the shared canonical names
 * are the link's context. Symmetric and deterministic.
 */
@NullMarked
package org.currents.link;

import org.jspecify.annotations.NullMarked;

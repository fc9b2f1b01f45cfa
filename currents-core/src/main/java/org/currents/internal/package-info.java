/**
 * Small building blocks that more than one stage needs and that belong to none of them. Nothing
 * here knows about articles or events.
 */
@NullMarked
package org.currents.internal;

import org.jspecify.annotations.NullMarked;

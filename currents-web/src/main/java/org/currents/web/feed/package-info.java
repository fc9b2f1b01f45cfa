/** Feeds out: the Atom feed of the latest events. Text is escaped, never passed through as markup. */
@NullMarked
package org.currents.web.feed;

import org.jspecify.annotations.NullMarked;

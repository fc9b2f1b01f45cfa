/**
 * Server-rendered HTML pages: home, day, event, entity, story. No JavaScript. Trap: every string
 * here came from a web page; it must go through {@link org.currents.web.html.Html#text}, and a URL
 * through {@link org.currents.web.html.Html#webUrl}, before it reaches the page.
 */
@NullMarked
package org.currents.web.html;

import org.jspecify.annotations.NullMarked;

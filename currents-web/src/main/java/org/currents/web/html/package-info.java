/**
 * Server-rendered HTML pages: home, day, event, entity, story. No JavaScript. Trap: every string
 * here came from a web page; it must go through {@link org.currents.web.html.Html#text}, and a URL
 * through {@link org.currents.web.html.Html#webUrl}, before it reaches the page. The search page,
 * rendered per request, is written as UTF-8 bytes ({@link org.currents.web.html.PageBytes}) with its
 * constant parts encoded once per portal; the other pages are Strings, kept rendered by the server.
 */
@NullMarked
package org.currents.web.html;

import org.jspecify.annotations.NullMarked;

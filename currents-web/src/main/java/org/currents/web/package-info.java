/**
 * The web portal: {@link org.currents.web.PortalServer} serves a built {@link
 * org.currents.model.Portal} over HTTP on loopback, through {@link org.currents.web.PortalSite}'s
 * lookups. It only reads the portal: it never runs a stage and never writes the store, so core
 * knows nothing of it. Page paths are the Markdown portal's without {@code .md}.
 */
@NullMarked
package org.currents.web;

import org.jspecify.annotations.NullMarked;

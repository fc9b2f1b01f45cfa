/**
 * Publishing: writes a {@link org.currents.model.Portal} out, as the Markdown portal in the seed's
 * format and as JSON Lines of events. {@link org.currents.publish.PortalPaths} owns every page path,
 * so all outputs agree on links. Publishers only format; they never score, cluster or fetch.
 */
@NullMarked
package org.currents.publish;

import org.jspecify.annotations.NullMarked;

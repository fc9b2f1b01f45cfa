/**
 * The JSON API under {@code /api/v1}: events, event detail, entities, entity detail, stories.
 * Bodies only; statuses, ETags and caching belong to {@link org.currents.web.PortalServer}.
 */
@NullMarked
package org.currents.web.api;

import org.jspecify.annotations.NullMarked;

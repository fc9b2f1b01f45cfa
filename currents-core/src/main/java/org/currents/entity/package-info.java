/**
 * Entities: mentions of people, organisations and places, with offsets into the article text, each
 * resolved to a canonical name. Works per article; must not read other articles or the store.
 */
@NullMarked
package org.currents.entity;

import org.jspecify.annotations.NullMarked;

package org.currents.model;

/** Where a date came from, most trustworthy first. Kept with the date so users can judge it. */
public enum DateSource {
  /** Given explicitly by the input record (a JSON Lines {@code published} field, a feed entry). */
  GIVEN,
  /** A JSON-LD {@code datePublished}. */
  JSON_LD,
  /** A {@code <meta>} tag: {@code article:published_time}, {@code date}, Dublin Core, ... */
  META,
  /** A {@code <time datetime>} element. */
  TIME_ELEMENT,
  /** A date in the page URL path, such as {@code /2019/11/19/}. */
  URL,
  /** A date written in the article text or its dateline. */
  TEXT
}

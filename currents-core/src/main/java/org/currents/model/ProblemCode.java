package org.currents.model;

import java.util.Locale;

/**
 * Why an input could not become (part of) a result. The run counts outcomes per code, so codes are
 * few and stable; the readable detail goes into {@link Problem#detail()}.
 */
public enum ProblemCode {
  /** The input has no bytes, or no text after decoding. */
  EMPTY,
  /** The bytes are not text (NUL bytes, control characters, a binary format). */
  BINARY,
  /** A compressed stream ends early or is corrupt. */
  TRUNCATED,
  /** The input is over a configured size limit. */
  TOO_LARGE,
  /** The markup nests deeper than the configured limit. */
  TOO_DEEP,
  /** The bytes do not decode in the declared or detected charset. */
  BAD_CHARSET,
  /** The page parsed, but holds no article (a home page, a tag page, a form). */
  NOT_AN_ARTICLE,
  /** A record of a structured input (a JSON Lines row) is malformed or misses a required field. */
  MALFORMED_RECORD,
  /** The input could not be read at all (missing file, permission, I/O error). */
  UNREADABLE,
  /** The input format is not one Currents reads. */
  UNSUPPORTED_FORMAT,
  /** The same article is already stored; nothing was written. */
  DUPLICATE,
  /** A URL could not be fetched: network error, time limit, HTTP error, too many redirects. */
  FETCH_FAILED,
  /** A URL was not fetched on purpose: robots.txt disallows it, or it is a private address. */
  BLOCKED,
  /** A conditional GET found the URL unchanged since the last fetch; nothing new to read. */
  NOT_MODIFIED;

  /** The code as printed and stored: lower case with dashes, e.g. {@code not-an-article}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The code for an {@link #id()}, e.g. {@code not-an-article}. */
  public static ProblemCode fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}

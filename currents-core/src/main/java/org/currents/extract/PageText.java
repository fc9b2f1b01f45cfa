package org.currents.extract;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A decoded page as the parser reads it: bytes known to be valid UTF-8, decoded while they are
 * read (most pages: no whole-page String is made), or text decoded before (other charsets). One
 * of the two is set. Immutable; each {@link #reader()} starts from the beginning.
 */
record PageText(@Nullable ByteRange utf8, @Nullable String decoded) {
  static PageText ofUtf8(ByteRange bytes) {
    return new PageText(bytes, null);
  }

  static PageText of(String text) {
    return new PageText(null, text);
  }

  Reader reader() {
    return utf8 != null ? utf8.reader(StandardCharsets.UTF_8) : new StringReader(decoded);
  }
}

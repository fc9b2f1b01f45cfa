package org.currents.extract;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Bytes {@code [offset, offset + length)} of an array that may be longer or shared: a page cut by
 * {@link RawTextBodies} without one more copy to trim it. Never written to once made.
 */
record ByteRange(byte[] array, int offset, int length) {
  String decode(Charset charset) {
    return new String(array, offset, length, charset);
  }

  /** The bytes decoded as the reader is read, so no whole-page String is made. */
  Reader reader(Charset charset) {
    return new InputStreamReader(new ByteArrayInputStream(array, offset, length), charset);
  }
}

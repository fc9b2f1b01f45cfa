package org.currents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void countsCharsAndReplacementCharacters() {
    byte[] text = "plain ascii then é, € and 😀, and \uFFFD twice \uFFFD".getBytes(StandardCharsets.UTF_8);
    Utf8.Counts counts = Utf8.check(text, 0, text.length);
    assertEquals(new String(text, StandardCharsets.UTF_8).length(), counts.chars());
    assertEquals(2, counts.replacements());
  }

  @Test
  void refusesWhatTheStrictDecoderRefuses() {
    byte[][] bad = {
      {(byte) 0xC0, (byte) 0x80}, // overlong NUL
      {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {'a', 'b', (byte) 0xE2, (byte) 0x82}, // cut short
      {(byte) 0x80}, // a lone continuation byte
      {'<', 'p', '>', (byte) 0xE9, 't', 'e'} // windows-1252 "été"
    };
    for (byte[] b : bad) {
      assertNull(Utf8.check(b, 0, b.length));
    }
  }

  /** Random bytes, mostly ASCII with some high bytes: the same verdict as the JDK's strict decoder. */
  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (random.nextInt(4) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
      }
      Integer expected = strictChars(b);
      Utf8.Counts counts = Utf8.check(b, 0, b.length);
      assertEquals(expected, counts == null ? null : counts.chars(), () -> java.util.Arrays.toString(b));
    }
  }

  private static Integer strictChars(byte[] b) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .length();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}

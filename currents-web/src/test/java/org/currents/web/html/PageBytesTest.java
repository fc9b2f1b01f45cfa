package org.currents.web.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBytesTest {
  @Test
  void stringsAreEncodedAsTheJdkEncodesThemLoneSurrogatesToo() {
    Random random = new Random(7);
    // ASCII, two- and three-byte characters, surrogates paired and alone.
    char[] alphabet = {'a', '<', '\n', 'é', 'ß', '–', '…', '港', '\ud83d', '\ude00', '\ud800', '\udfff'};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = text.toString();
      // A small start, so that growing is tested too.
      assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), new PageBytes(1).append(s).toByteArray(), s);
    }
  }

  @Test
  void partsFollowOneAnotherInOrder() {
    byte[] page = new PageBytes(4).append(PageBytes.encoded("<p>été</p>")).append(' ').append(42).append("😀")
        .toByteArray();
    assertArrayEquals("<p>été</p> 42😀".getBytes(StandardCharsets.UTF_8), page);
  }

  @Test
  void aSingleCharMustBeAscii() {
    assertThrows(IllegalArgumentException.class, () -> new PageBytes(4).append('é'));
  }
}

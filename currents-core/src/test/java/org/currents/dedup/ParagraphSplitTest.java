package org.currents.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParagraphSplitTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "one paragraph",
        "first\n\nsecond",
        "first\n \t\n\n  second\nstill second\n\nthird\n\n",
        "\n\nafter a leading break",
        "line\nline\r\n\r\nnext",
        "",
        "\n\n",
        "trailing spaces \n  ",
      })
  void splitsAtBlankLinesExactlyAsTheRegularExpressionDoes(String text) {
    int[] bounds = MinHashDeduplicator.paragraphBounds(text);
    List<String> parts = new ArrayList<>();
    for (int p = 0; p < bounds.length; p += 2) {
      parts.add(text.substring(bounds[p], bounds[p + 1]));
    }
    assertEquals(List.of(text.split("\\n\\s*\\n")), parts);
  }
}

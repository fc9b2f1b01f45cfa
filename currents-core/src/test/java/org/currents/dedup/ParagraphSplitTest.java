package org.currents.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(List.of(text.split("\\n\\s*\\n")), MinHashDeduplicator.paragraphs(text));
  }
}

package org.currents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishNlpTest {
  @Test
  void abbreviationsDoNotEndSentences() {
    String text = "U.S. President Trump met Mr. Smith on Jan. 5 in Washington. Then he left.\n\nA new paragraph starts here.";
    List<String> sentences = EnglishNlp.shared().sentences(text).stream().map(s -> s.of(text)).toList();
    assertEquals(
        List.of("U.S. President Trump met Mr. Smith on Jan. 5 in Washington.", "Then he left.", "A new paragraph starts here."),
        sentences);
  }

  @Test
  void termsAreLowerCaseContentWordsInAnyScript() {
    assertEquals(List.of("bank", "bombing", "athens", "서울"), Terms.of("The bank bombing in Athens, 서울."));
  }

  @Test
  void quickTokensKeepAbbreviationsAndSplitPossessivesAndPunctuation() {
    String s = "U.S. President Trump met W. Smith (of Apple's board) on Jan. 5, in \"Washington\".";
    List<String> tokens = QuickTokens.tokens(s).stream().map(t -> t.of(s)).toList();
    assertEquals(
        List.of("U.S.", "President", "Trump", "met", "W.", "Smith", "(", "of", "Apple", "'s", "board",
            ")", "on", "Jan.", "5", ",", "in", "\"", "Washington", "\"", "."),
        tokens);
    assertEquals(List.of("DT", "NNP", "PRP", "IN", "NN"),
        List.of(QuickTokens.tags(new String[] {"The", "Trump", "He", "of", "board"})));
  }
}

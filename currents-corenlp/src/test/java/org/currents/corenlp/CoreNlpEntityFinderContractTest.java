package org.currents.corenlp;

import java.util.List;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.testkit.StageContractTest;

class CoreNlpEntityFinderContractTest extends StageContractTest<Article, Outcome<?>> {
  @Override
  protected Outcome<?> run(Article input) {
    return CoreNlpEntityFinderTest.FINDER.annotate(input);
  }

  @Override
  protected List<Article> sampleInputs() {
    return List.of(
        CoreNlpEntityFinderTest.article("s1", "Angela Merkel met Emmanuel Macron in Paris on Tuesday."),
        CoreNlpEntityFinderTest.article("s2", "SHARES OF APPLE INC. FELL 3% \u2014 \"Not good,\" said Tim Cook.\n\n\u00a0"),
        CoreNlpEntityFinderTest.article("s3", "\u00ef\u00bf\u00bd\u00ef\u00bf\u00bd garbled \ufffd text ((( ]]] 1234"));
  }

  @Override
  protected Article emptyInput() {
    return CoreNlpEntityFinderTest.article("empty", "");
  }
}

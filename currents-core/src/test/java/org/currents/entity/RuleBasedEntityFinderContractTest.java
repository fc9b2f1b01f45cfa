package org.currents.entity;

import java.util.List;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.model.TestArticles;
import org.currents.testkit.StageContractTest;

class RuleBasedEntityFinderContractTest extends StageContractTest<Article, Outcome<?>> {
  private final RuleBasedEntityFinder finder = new RuleBasedEntityFinder();

  @Override
  protected Outcome<?> run(Article input) {
    return finder.annotate(input);
  }

  @Override
  protected List<Article> sampleInputs() {
    return TestArticles.mixed();
  }

  @Override
  protected Article emptyInput() {
    return RuleBasedEntityFinderTest.article("");
  }
}

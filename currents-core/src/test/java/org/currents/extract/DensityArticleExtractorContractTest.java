package org.currents.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.currents.model.Outcome;
import org.currents.model.RawPage;
import org.currents.testkit.StageContractTest;

class DensityArticleExtractorContractTest extends StageContractTest<RawPage, Outcome<?>> {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  @Override
  protected Outcome<?> run(RawPage input) {
    return extractor.extract(input);
  }

  @Override
  protected List<RawPage> sampleInputs() {
    return TestPages.all();
  }

  @Override
  protected RawPage emptyInput() {
    return new RawPage("empty", null, new byte[0], null, TestPages.FETCHED);
  }

  @Override
  protected String fingerprint(Object value) {
    if (value instanceof RawPage p) {
      return p.source() + Arrays.hashCode(p.body()) + new String(p.body(), 0, Math.min(64, p.body().length), StandardCharsets.ISO_8859_1);
    }
    return String.valueOf(value);
  }
}

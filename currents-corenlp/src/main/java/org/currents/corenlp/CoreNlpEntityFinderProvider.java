package org.currents.corenlp;

import org.currents.entity.AliasTable;
import org.currents.entity.EntityFinder;
import org.currents.entity.EntityFinderProvider;

/**
 * Offers {@link CoreNlpEntityFinder} to the command line as {@code --tagger corenlp} (coarse types)
 * and, through {@link FineGrained}, {@code --tagger corenlp-fine}.
 */
public class CoreNlpEntityFinderProvider implements EntityFinderProvider {
  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public String label() {
    return "Stanford CoreNLP 4.5.10 NER (GPL-3)";
  }

  @Override
  public EntityFinder create() {
    return new CoreNlpEntityFinder(AliasTable.bundled());
  }

  /** CoreNLP with its fine-grained gazetteers ({@link CoreNlpEntityFinder#fineGrained()}). */
  public static final class FineGrained extends CoreNlpEntityFinderProvider {
    @Override
    public String name() {
      return "corenlp-fine";
    }

    @Override
    public String label() {
      return super.label() + ", fine-grained";
    }

    @Override
    public EntityFinder create() {
      return new CoreNlpEntityFinder(AliasTable.bundled(), CoreNlpEntityFinder.fineGrained());
    }
  }
}

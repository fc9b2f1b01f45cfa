package org.currents.cli;

import java.util.List;

/**
 * The opt-in entity taggers that the eval and bench commands can run beside the default, found on
 * the classpath at run time by {@link org.currents.entity.EntityFinderProvider#named}, never
 * compiled against (CoreNLP is GPL-3).
 */
final class OptionalTaggers {
  /** The one run beside the default unless another is named. */
  static final String CORENLP = "corenlp";
  /** The names the command line accepts: CoreNLP's coarse types, and with its fine-grained step. */
  static final List<String> NAMES = List.of(CORENLP, "corenlp-fine");
  static final String NOT_BUILT =
      "CoreNLP: not built (the opt-in GPL-3 tagger: ./mvnw -q -B -Pcorenlp -pl currents-corenlp -am"
          + " package -DskipTests; ./currents then puts currents-corenlp/target on the classpath,"
          + " or set CURRENTS_EXTRA_CLASSPATH)";

  private OptionalTaggers() {}
}

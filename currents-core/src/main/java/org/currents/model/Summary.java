package org.currents.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an event page says about an event.
 *
 * @param sentence the one-sentence summary
 * @param lead a lead sentence taken from the most representative article
 * @param image cover image URL, when one is known
 * @param sourceArticleId the article the summary sentence came from
 * @param sourceSentence index of that sentence in the article's sentences
 */
public record Summary(
    String sentence,
    String lead,
    @Nullable String image,
    String sourceArticleId,
    int sourceSentence) {
  public Summary {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(sourceArticleId, "sourceArticleId");
  }
}

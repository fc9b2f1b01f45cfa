package org.currents.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an event page says about an event.
 *
 * @param sentence the one-sentence summary, in the portal's style (present tense, no weekday)
 * @param lead a lead sentence taken from the most representative article
 * @param image cover image URL, when one is known
 * @param sourceArticleId the article the summary sentence came from
 * @param sourceSentence index of that sentence in the article's sentences
 * @param sourceText that sentence as the article wrote it
 */
public record Summary(
    String sentence,
    String lead,
    @Nullable String image,
    String sourceArticleId,
    int sourceSentence,
    String sourceText) {
  public Summary {
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(sourceArticleId, "sourceArticleId");
    Objects.requireNonNull(sourceText, "sourceText");
  }
}

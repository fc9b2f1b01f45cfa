package org.currents.web.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score (BM25 over the passage, times a boost for passages near the
 * start), with the same parameters and the same sums in the same order, so it ranks passages
 * exactly as the default does, but counting each matched term's occurrences in place. The default
 * builds a hash of the passage's terms, with a 32 KB block, for every candidate passage: a page of
 * 20 hits scores hundreds of passages, and under load that garbage set the pace of young
 * collections. A passage has a few matches, so comparing them pairwise is cheaper. Thread safe
 * (no state).
 */
final class InPlacePassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double score = 0d;
    for (int i = 0; i < matches; i++) {
      if (!seenBefore(terms, i)) {
        int inPassage = 1;
        for (int j = i + 1; j < matches; j++) {
          if (terms[j].bytesEquals(terms[i])) {
            inPassage++;
          }
        }
        // The frequency in the document is the term's first match's, as in the default.
        score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
      }
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}

package org.currents.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.currents.model.Article;
import org.currents.text.Terms;

/**
 * TF-IDF vectors of articles, with document frequencies taken from the batch being clustered. Only
 * the opening of the text counts, the title three times and the first paragraph twice: news says
 * what happened first, and the background further down is what similar but different happenings
 * share. Vectors are unit length. Immutable after construction; thread safe.
 */
public final class TermVectors {
  private final Map<String, Integer> documentFrequency;
  private final int documents;
  private final int openingChars;

  /**
   * Design decision: each article is tokenised twice, once here for document frequencies and once
   * in {@link #vector}, rather than keeping every article's terms between the two passes: at a
   * million articles those lists would take gigabytes, the second tokenisation only seconds.
   *
   * @param articles the batch, for document frequencies
   * @param openingChars how much of each text counts
   */
  public TermVectors(List<Article> articles, int openingChars) {
    this(documentFrequencies(articles, openingChars), articles.size(), openingChars);
  }

  /**
   * Vectors with document frequencies counted elsewhere (for example, in parallel over a batch too
   * large for one machine), each from {@link #distinctTerms}.
   *
   * @param documentFrequency in how many of the batch's articles each term occurs
   * @param documents how many articles the batch has
   * @param openingChars how much of each text counts
   */
  public TermVectors(Map<String, Integer> documentFrequency, int documents, int openingChars) {
    this.documentFrequency = Map.copyOf(documentFrequency);
    this.documents = documents;
    this.openingChars = openingChars;
  }

  private static Map<String, Integer> documentFrequencies(List<Article> articles, int openingChars) {
    Map<String, Integer> df = new HashMap<>();
    for (Article a : articles) {
      distinctTerms(a, openingChars).forEach(t -> df.merge(t, 1, Integer::sum));
    }
    return df;
  }

  /** The terms that count {@code a} among a term's documents. */
  public static Set<String> distinctTerms(Article a, int openingChars) {
    return new HashSet<>(Terms.of(weightedText(a, openingChars)));
  }

  /** The unit-length TF-IDF vector of {@code article}. */
  public Map<String, Double> vector(Article article) {
    Map<String, Double> v = new HashMap<>();
    for (String term : Terms.of(weightedText(article, openingChars))) {
      v.merge(term, 1.0, Double::sum);
    }
    v.replaceAll((term, tf) -> (1 + Math.log(tf)) * idf(term));
    return normalised(v);
  }

  public double idf(String term) {
    return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(term, 0) + 1.0)) + 1;
  }

  private static String weightedText(Article a, int openingChars) {
    String title = a.title() == null ? "" : a.title();
    String text = a.text();
    int paragraphEnd = text.indexOf("\n\n");
    String lead = paragraphEnd < 0 ? text : text.substring(0, paragraphEnd);
    String opening = text.length() > openingChars ? text.substring(0, openingChars) : text;
    return String.join("\n", title, title, title, lead, opening);
  }

  static Map<String, Double> normalised(Map<String, Double> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm > 0) {
      v.replaceAll((t, x) -> x / norm);
    }
    return v;
  }

  /** The terms of {@code vector}, heaviest first (the first in term order of equals). */
  public static List<Map.Entry<String, Double>> heaviest(Map<String, Double> vector) {
    return vector.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

}

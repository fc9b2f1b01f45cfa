package org.currents.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.currents.model.Article;
import org.currents.summarize.Centrality;
import org.currents.text.EnglishNlp;
import org.currents.text.TextSpan;
import org.currents.text.Terms;

/**
 * The baselines Currents' summaries are compared with: the first sentence of a random article, the
 * first sentence of the most central article (highest summed term overlap with the others), and
 * TextRank (Mihalcea and Tarau 2004) over every sentence of the event. Deterministic for a seed.
 */
public final class SummaryBaselines {
  private final EnglishNlp nlp;

  public SummaryBaselines(EnglishNlp nlp) {
    this.nlp = nlp;
  }

  public String randomFirstSentence(List<Article> articles, Random random) {
    return firstSentence(articles.get(random.nextInt(articles.size())));
  }

  public String centralFirstSentence(List<Article> articles) {
    List<Set<String>> terms = articles.stream().map(a -> (Set<String>) new HashSet<>(Terms.of(a.text()))).toList();
    Map<String, Integer> df = new HashMap<>();
    terms.forEach(t -> t.forEach(w -> df.merge(w, 1, Integer::sum)));
    return firstSentence(articles.get(Centrality.mostShared(terms, df)));
  }

  public String textRank(List<Article> articles) {
    List<String> sentences = new ArrayList<>();
    for (Article a : articles) {
      for (TextSpan s : nlp.sentences(a.text())) {
        sentences.add(s.of(a.text()));
      }
    }
    int n = sentences.size();
    if (n == 0) {
      return "";
    }
    List<Set<String>> words = sentences.stream().map(s -> (Set<String>) new HashSet<>(Terms.of(s))).toList();
    double[][] w = new double[n][n];
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int shared = 0;
        for (String t : words.get(i)) {
          if (words.get(j).contains(t)) {
            shared++;
          }
        }
        double denominator = Math.log(1 + words.get(i).size()) + Math.log(1 + words.get(j).size());
        double sim = shared == 0 || denominator == 0 ? 0 : shared / denominator;
        w[i][j] = sim;
        w[j][i] = sim;
        out[i] += sim;
        out[j] += sim;
      }
    }
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0);
    for (int iteration = 0; iteration < 30; iteration++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
          if (w[j][i] > 0 && out[j] > 0) {
            sum += w[j][i] / out[j] * rank[j];
          }
        }
        next[i] = 0.15 + 0.85 * sum;
      }
      rank = next;
    }
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (rank[i] > rank[best]) {
        best = i;
      }
    }
    return sentences.get(best);
  }

  private String firstSentence(Article a) {
    List<TextSpan> spans = nlp.sentences(a.text());
    return spans.isEmpty() ? "" : spans.get(0).of(a.text());
  }
}

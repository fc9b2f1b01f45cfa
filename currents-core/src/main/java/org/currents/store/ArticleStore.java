package org.currents.store;

import java.util.List;
import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.model.Problem;

/**
 * Where articles live between runs. Each {@link #add} is atomic: after a crash an article is either
 * fully stored or absent. Implementations are safe for use from one thread at a time.
 */
public interface ArticleStore extends AutoCloseable {

  /**
   * Stores {@code article} unless an article with the same id or the same text is already stored,
   * in which case it returns a {@link org.currents.model.ProblemCode#DUPLICATE} skip and writes
   * nothing.
   */
  Outcome<Article> add(Article article);

  /** Records an input that failed, with its reason. */
  void recordProblem(Problem problem);

  /** Every stored article, in the order they were first stored. */
  List<Article> articles();

  /** How many articles are stored. */
  int articleCount();

  /** Every recorded problem, oldest first. */
  List<Problem> problems();

  @Override
  void close();
}

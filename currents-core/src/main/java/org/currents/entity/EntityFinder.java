package org.currents.entity;

import java.util.List;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.Outcome;

/**
 * Finds mentions of people, organisations and places in an article and resolves each to a
 * canonical name ("Trump", "President Trump" -> "Donald Trump"; "DHS" -> "United States Department
 * of Homeland Security"). Thread safe; never throws for odd text.
 */
public interface EntityFinder {
  Outcome<AnnotatedArticle> annotate(Article article);

  /**
   * The annotated articles of one corpus with names that the corpus makes unambiguous joined
   * ("Reid" alone to the only "Tara Reid"), same order. Deterministic: depends on the names found,
   * not on the order of the articles. By default nothing is joined.
   */
  default List<AnnotatedArticle> joinAcrossArticles(List<AnnotatedArticle> articles) {
    return articles;
  }
}

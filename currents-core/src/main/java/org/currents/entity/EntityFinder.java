package org.currents.entity;

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
}

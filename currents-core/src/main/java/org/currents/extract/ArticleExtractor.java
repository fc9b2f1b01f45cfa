package org.currents.extract;

import org.currents.model.Article;
import org.currents.model.Outcome;
import org.currents.model.RawPage;

/**
 * Turns a raw page into an article: body text without boilerplate, plus title, byline, publish
 * date, outlet, language and lead image.
 *
 * <p>Implementations are thread safe and never throw for bad input: an empty, binary, truncated,
 * too large or too deep page, or a page that is not an article, becomes a failed or skipped outcome
 * with a {@link org.currents.model.ProblemCode}.
 */
public interface ArticleExtractor {
  Outcome<Article> extract(RawPage page);
}

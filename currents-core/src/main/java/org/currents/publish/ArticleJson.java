package org.currents.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.currents.model.Article;
import org.currents.model.Problem;

/**
 * The JSON shape of one extracted page ({@code currents extract}): {@code source, url, title,
 * byline, published, site, language, image, text}, or {@code source, problem: {code, detail}} for
 * a page that failed. Field order is fixed, so output is byte-stable.
 */
public final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectNode of(Article a) {
    ObjectNode row = JSON.createObjectNode();
    row.put("source", a.provenance().source());
    row.put("url", a.url());
    row.put("title", a.title());
    row.put("byline", a.byline());
    row.put("published", a.published() == null ? null : a.published().iso());
    row.put("published_from", a.published() == null ? null : a.published().source().name().toLowerCase(java.util.Locale.ROOT));
    row.put("site", a.site());
    row.put("language", a.language());
    row.put("image", a.image());
    row.put("text", a.text());
    return row;
  }

  public static ObjectNode of(Problem p) {
    ObjectNode row = JSON.createObjectNode();
    row.put("source", p.input());
    ObjectNode problem = row.putObject("problem");
    problem.put("code", p.code().id());
    problem.put("detail", p.detail());
    return row;
  }
}

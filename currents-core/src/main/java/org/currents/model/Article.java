package org.currents.model;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One extracted news article. Immutable; every stage after extraction reads it and never changes it.
 *
 * @param id stable id: kept as given for JSON Lines input, else derived from URL or text
 * @param url canonical URL when known
 * @param title headline, when known
 * @param byline authors as printed, when known
 * @param published publication date with its source, or null when no source gave one
 * @param site outlet name (e.g. "BBC News"), or its domain when no name is known
 * @param language BCP 47 language tag when known (e.g. "en")
 * @param image absolute URL of the lead image, when known
 * @param text the body without headline; paragraphs separated by one blank line
 * @param provenance where it came from
 */
public record Article(
    String id,
    @Nullable String url,
    @Nullable String title,
    @Nullable String byline,
    @Nullable PublishDate published,
    @Nullable String site,
    @Nullable String language,
    @Nullable String image,
    String text,
    Provenance provenance)
    implements Ingested, Serializable {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(provenance, "provenance");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** The outlet's domain: the host of the canonical URL, else of the fetched URL; else null. */
  public @Nullable String domain() {
    String host = Urls.host(url);
    return host != null ? host : Urls.host(provenance.fetchedUrl());
  }

  /** The same article with {@code provenance} in place of this one's. */
  public Article withProvenance(Provenance provenance) {
    return new Article(id, url, title, byline, published, site, language, image, text, provenance);
  }

  /** The outlet to show: the site name, else the URL's host, else "Unknown outlet". */
  public String outlet() {
    if (site != null && !site.isBlank()) {
      return site;
    }
    String host = Urls.host(url);
    return host != null ? host : "Unknown outlet";
  }
}

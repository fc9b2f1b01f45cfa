package org.currents.dedup;

import java.util.List;
import org.currents.model.Article;
import org.currents.model.Urls;
import org.jspecify.annotations.Nullable;

/**
 * Names the original among copies of one story. In order of trust:
 *
 * <ol>
 *   <li>a copy whose canonical URL points to another outlet's domain names that outlet as the
 *       publisher (syndication partners are asked to do so); a member on that domain is the
 *       original;
 *   <li>otherwise the earliest published copy that is not an excerpt: a member whose text is
 *       under {@link #EXCERPT_SHARE} of the longest member's is a shortened run of the story
 *       ("read the full story at ..."), and the outlet that published the whole of it is the
 *       likelier source. Members arrive in publication order (undated last, then by id, so a tie
 *       is broken the same way every run). Fetch times are not used: the order in which Currents
 *       happens to fetch outlets says nothing about who published first.
 * </ol>
 *
 * Thread safe (no state).
 */
final class OriginalPublisher {
  /** Below this share of the longest member's length, a member's text is an excerpt. */
  static final double EXCERPT_SHARE = 0.75;

  private OriginalPublisher() {}

  /** The original of {@code members}, which are in publication order (the input order). */
  static Article of(List<Article> members) {
    for (Article m : members) {
      String pointedTo = canonicalElsewhere(m);
      if (pointedTo == null) {
        continue;
      }
      for (Article candidate : members) {
        if (candidate != m && pointedTo.equals(Urls.host(candidate.provenance().fetchedUrl() != null
            ? candidate.provenance().fetchedUrl() : candidate.url()))) {
          return candidate;
        }
      }
    }
    int longest = members.stream().mapToInt(m -> m.text().length()).max().orElse(0);
    return members.stream()
        .filter(m -> m.text().length() >= EXCERPT_SHARE * longest)
        .findFirst()
        .orElseThrow();
  }

  /** The domain a copy's canonical URL names, when it differs from where it was fetched. */
  private static @Nullable String canonicalElsewhere(Article a) {
    String canonical = Urls.host(a.url());
    String fetched = Urls.host(a.provenance().fetchedUrl());
    return canonical != null && fetched != null && !canonical.equals(fetched) ? canonical : null;
  }
}

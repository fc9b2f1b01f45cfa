package org.currents.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.Article;
import org.currents.model.ContentHash;

/**
 * ECB+ documents as the event and summary evaluations need them: the text the entity evaluation's
 * reader rebuilds ({@link org.currents.entity.eval.EcbPlusCorpus}: tokens joined, the source-URL
 * line of {@code ecbplus} documents dropped), the gold event (topic plus {@code ecb} or {@code
 * ecbplus} half, from the file name) and the headline (the first line).
 *
 * <p>The id the stages see is a hash of the text, never the file name, so that the order of
 * undated articles (by id) mixes all topics as a stream would.
 */
public final class EcbPlusCorpus {
  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)");

  /**
   * One document.
   *
   * @param file the file name without {@code .xml} (gold side only)
   * @param goldEvent topic + half, e.g. {@code 1/ecbplus}
   * @param headline the first line of the text, for summary references
   * @param article the article the stages see: no title, no date, no URL
   */
  public record Document(String file, String goldEvent, String headline, Article article) {}

  private EcbPlusCorpus() {}

  /** Every document under {@code dir/ECB+}, in file-name order; a clear IOException when absent. */
  public static List<Document> read(Path dir) throws IOException {
    List<Document> out = new ArrayList<>();
    for (org.currents.entity.eval.EcbPlusCorpus.Document d : org.currents.entity.eval.EcbPlusCorpus.read(dir)) {
      Matcher m = NAME.matcher(d.name());
      String text = d.text().strip();
      if (!m.matches() || text.isEmpty()) {
        continue;
      }
      Article named = d.article();
      Article article =
          new Article(
              "d" + ContentHash.sha256Hex(text).substring(0, 12),
              null, null, null, null, null, named.language(), null, text,
              named.provenance());
      int firstBreak = text.indexOf("\n\n");
      String headline = firstBreak < 0 ? text : text.substring(0, firstBreak);
      out.add(new Document(d.name(), m.group(1) + "/" + m.group(3), headline, article));
    }
    return out;
  }
}

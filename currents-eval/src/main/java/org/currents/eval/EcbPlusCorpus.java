package org.currents.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.Provenance;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ (the EventCorefBank+ corpus, LREC 2014): pre-tokenised news documents in {@code
 * ECB+/<topic>/<topic>_<n>ecb.xml} and {@code ..ecbplus.xml}. The gold event of a document is its
 * topic plus its half ({@code ecb} or {@code ecbplus}), from the file name.
 *
 * <p>What the stages see is only the text: the source-URL line that opens {@code ecbplus} documents
 * is dropped, the first line (usually the headline) is kept apart as the headline, and the id is a
 * hash of the text, so that the order the stages see (undated articles go by id) mixes all topics
 * as a stream would.
 */
public final class EcbPlusCorpus {
  private static final Pattern FILE = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)\\.xml");

  /**
   * One document.
   *
   * @param file the file name (gold side only)
   * @param goldEvent topic + half, e.g. {@code 1/ecbplus}
   * @param headline the first line of the text, for summary references
   * @param article the article the stages see: text without the URL line; no title, no date
   */
  public record Document(String file, String goldEvent, String headline, Article article) {}

  private EcbPlusCorpus() {}

  /** Every document under {@code dir/ECB+}, in file-name order. */
  public static List<Document> read(Path dir) throws IOException {
    Path root = dir.resolve("ECB+");
    if (!Files.isDirectory(root)) {
      throw new IOException("no ECB+ folder in " + dir + " (expected " + root + ")");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    List<Document> out = new ArrayList<>();
    for (Path f : files) {
      Matcher m = FILE.matcher(f.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      List<String> sentences = sentences(f);
      if (m.group(3).equals("ecbplus") && !sentences.isEmpty()) {
        sentences = sentences.subList(1, sentences.size()); // the source URL: never a feature
      }
      if (sentences.isEmpty()) {
        continue;
      }
      String text = String.join("\n\n", sentences);
      Article article =
          new Article(
              "d" + ContentHash.sha256Hex(text).substring(0, 12),
              null,
              null,
              null,
              null,
              null,
              "en",
              null,
              text,
              new Provenance("ecbplus", null, Instant.EPOCH, ContentHash.sha256Hex(text)));
      out.add(new Document(f.getFileName().toString(), m.group(1) + "/" + m.group(3), sentences.get(0), article));
    }
    return out;
  }

  /** The document's sentences, tokens joined back into text. */
  static List<String> sentences(Path file) throws IOException {
    org.w3c.dom.Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      xml = factory.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage(), e);
    }
    Map<Integer, List<String>> bySentence = new TreeMap<>();
    NodeList tokens = xml.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      bySentence.computeIfAbsent(Integer.parseInt(t.getAttribute("sentence")), k -> new ArrayList<>()).add(t.getTextContent());
    }
    List<String> out = new ArrayList<>();
    for (List<String> s : bySentence.values()) {
      String text = Detokenizer.join(s);
      if (!text.isBlank()) {
        out.add(text);
      }
    }
    return out;
  }
}

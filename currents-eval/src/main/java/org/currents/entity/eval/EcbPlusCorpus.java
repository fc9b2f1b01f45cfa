package org.currents.entity.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * Reads the ECB+ corpus (CAT XML, one file per document, pre-tokenised) into plain texts with the
 * gold entity mentions of the sentences its CSV lists as fully annotated.
 *
 * <p>Text: tokens are joined back with English spacing (no space before "," or "'s", none after
 * "(", quotes turned into curly ones), one sentence per paragraph; the URL sentence 0 of {@code
 * *ecbplus.xml} files is left out. Every token keeps its offsets, so markables map onto the text.
 *
 * <p>Types: {@code HUMAN_PART_PER} is a person; {@code HUMAN_PART_ORG} and {@code HUMAN_PART_MET}
 * (media: "CNN") organisations; {@code LOC_*} and {@code HUMAN_PART_GPE} (a country acting) places.
 * {@code NON_HUMAN_PART*} (products, works), {@code HUMAN_PART_GENERIC} and {@code HUMAN_PART_VEH}
 * are none of these: they are kept as ignored regions (type null).
 *
 * <p>Names: a markable is a name when its head is capitalised. The head is the last token before
 * the first comma or lower-case preposition, with a trailing possessive dropped ("Promises
 * Treatment Center in Malibu" -> "Center"; "People magazine" -> "magazine", not a name). A head that
 * opens its sentence counts only when the same word is capitalised inside a sentence of the
 * document too ("Police said" is not a name). Chains: the {@code CROSS_DOC_COREF} instance, else
 * the document's {@code INTRA_DOC_COREF} chain, else the markable alone.
 */
public final class EcbPlusCorpus {
  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "'re", "'ve", "'ll", "'d", "'m",
          "n't", "'", "''", "”", "’", "%", "-", "/");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "“", "$", "-", "/");
  /** Words that end a markable's head phrase ("Center in Malibu", "Reid, 33"). */
  private static final Set<String> HEAD_BREAKERS =
      Set.of(",", "(", "in", "at", "on", "from", "near", "with", "who", "which", "that", "to", "into",
          "by", "outside", "inside", "after", "during", "'s", "’s");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "&", "-", "and", "the");

  /** One document: its text and its gold mentions in the scored sentences, in text order. */
  public record Document(String topic, String name, String text, List<GoldMention> mentions,
      List<int[]> scoredRanges) {
    /** The document as an article (id = file name without ".xml", no date, English). */
    public Article article() {
      return new Article(name, null, null, null, null, null, "en", null, text,
          new Provenance("ecbplus/" + name, null, Instant.EPOCH, "-"));
    }
  }

  /**
   * A gold markable. {@code [start, end)} is the markable; {@code [headStart, headEnd)} its head
   * token; {@code type} null for ignored kinds; {@code name} whether it counts as a name.
   */
  public record GoldMention(int start, int end, int headStart, int headEnd,
      @Nullable EntityType type, boolean name, String chain) {}

  private EcbPlusCorpus() {}

  /** The documents under {@code dir} (the folder holding {@code ECB+/} and the CSV), sorted. */
  public static List<Document> read(Path dir) throws IOException {
    if (!Files.isDirectory(dir.resolve("ECB+")) || !Files.isRegularFile(dir.resolve("ECBplus_coreference_sentences.csv"))) {
      throw new IOException("no ECB+ corpus at " + dir + " (expected ECB+/ and ECBplus_coreference_sentences.csv;"
          + " give the path to shared/data/events/ecbplus)");
    }
    Map<String, Set<Integer>> scored = scoredSentences(dir.resolve("ECBplus_coreference_sentences.csv"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve("ECB+"))) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
    List<Document> out = new ArrayList<>();
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String key = fileName.substring(0, fileName.length() - ".xml".length());
      try (InputStream in = Files.newInputStream(file)) {
        out.add(parse(key, in, scored.getOrDefault(key, Set.of())));
      } catch (XMLStreamException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** {@code topic_file} (e.g. {@code 1_10ecbplus}) to the sentence numbers listed. */
  private static Map<String, Set<Integer>> scoredSentences(Path csv) throws IOException {
    Map<String, Set<Integer>> out = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split(",");
        if (cols.length == 3) {
          out.computeIfAbsent(cols[0] + "_" + cols[1], k -> new HashSet<>()).add(Integer.parseInt(cols[2].trim()));
        }
      }
    }
    return out;
  }

  private record Token(String id, int sentence, String text) {}

  private record Markable(String id, String tag, List<String> tokenIds) {}

  static Document parse(String key, InputStream in, Set<Integer> scored) throws XMLStreamException {
    List<Token> tokens = new ArrayList<>();
    List<Markable> markables = new ArrayList<>();
    Map<String, String> chainOf = new HashMap<>();
    XMLStreamReader x = XMLInputFactory.newFactory().createXMLStreamReader(in);
    String section = "";
    Markable open = null;
    String relation = null;
    boolean crossDoc = false;
    while (x.hasNext()) {
      int event = x.next();
      if (event != XMLStreamConstants.START_ELEMENT) {
        if (event == XMLStreamConstants.END_ELEMENT && open != null && x.getLocalName().equals(open.tag())) {
          markables.add(open);
          open = null;
        }
        continue;
      }
      String tag = x.getLocalName();
      switch (tag) {
        case "token" -> tokens.add(new Token(x.getAttributeValue(null, "t_id"),
            Integer.parseInt(x.getAttributeValue(null, "sentence")), x.getElementText()));
        case "Markables", "Relations" -> section = tag;
        case "token_anchor" -> {
          if (open != null) {
            open.tokenIds().add(x.getAttributeValue(null, "t_id"));
          }
        }
        case "INTRA_DOC_COREF", "CROSS_DOC_COREF" -> {
          crossDoc = tag.equals("CROSS_DOC_COREF");
          relation = crossDoc ? x.getAttributeValue(null, "note") : key + "#" + x.getAttributeValue(null, "r_id");
        }
        case "source" -> {
          if (relation != null) {
            String m = x.getAttributeValue(null, "m_id");
            if (crossDoc || !chainOf.containsKey(m)) {
              chainOf.put(m, relation);
            }
          }
        }
        default -> {
          if (section.equals("Markables")) {
            open = new Markable(x.getAttributeValue(null, "m_id"), tag, new ArrayList<>());
          }
        }
      }
    }
    return build(key, tokens, markables, chainOf, scored);
  }

  private static Document build(String key, List<Token> tokens, List<Markable> markables,
      Map<String, String> chainOf, Set<Integer> scored) {
    boolean dropUrl = key.endsWith("ecbplus");
    StringBuilder text = new StringBuilder();
    Map<String, int[]> offsets = new HashMap<>();
    Map<String, Integer> sentenceOf = new HashMap<>();
    Map<String, Boolean> startsSentence = new HashMap<>();
    Map<Integer, int[]> sentenceRanges = new LinkedHashMap<>();
    int sentence = -1;
    boolean noSpaceNext = false;
    boolean quoteOpen = false;
    for (Token t : tokens) {
      if (dropUrl && t.sentence() == 0) {
        continue;
      }
      boolean first = t.sentence() != sentence;
      String surface = t.text();
      if (surface.equals("``") || (surface.equals("\"") && !quoteOpen)) {
        surface = "“";
        quoteOpen = true;
      } else if (surface.equals("''") || surface.equals("\"")) {
        surface = "”";
        quoteOpen = false;
      }
      if (first) {
        if (text.length() > 0) {
          text.append("\n\n");
        }
        sentence = t.sentence();
        sentenceRanges.put(sentence, new int[] {text.length(), text.length()});
      } else if (!noSpaceNext && !NO_SPACE_BEFORE.contains(surface)) {
        text.append(' ');
      }
      offsets.put(t.id(), new int[] {text.length(), text.length() + surface.length()});
      sentenceOf.put(t.id(), sentence);
      startsSentence.put(t.id(), first);
      text.append(surface);
      sentenceRanges.get(sentence)[1] = text.length();
      noSpaceNext = NO_SPACE_AFTER.contains(surface);
    }
    String full = text.toString();
    Map<String, String> words = new HashMap<>();
    Set<String> capitalizedInside = new HashSet<>();
    for (Token t : tokens) {
      words.put(t.id(), t.text());
      if (offsets.containsKey(t.id()) && !startsSentence.get(t.id()) && startsUpper(t.text())) {
        capitalizedInside.add(t.text());
      }
    }
    List<GoldMention> mentions = new ArrayList<>();
    for (Markable m : markables) {
      EntityType type = typeOf(m.tag());
      boolean entityKind = type != null || m.tag().startsWith("NON_HUMAN_PART")
          || m.tag().startsWith("HUMAN_PART") || m.tag().startsWith("LOC");
      List<String> ids = m.tokenIds().stream().filter(offsets::containsKey).toList();
      if (!entityKind || ids.isEmpty() || !scored.contains(sentenceOf.get(ids.get(0)))) {
        continue;
      }
      String head = head(ids, ids.stream().map(words::get).toList());
      String headWord = words.get(head);
      boolean isName = startsUpper(headWord)
          && (!startsSentence.get(head) || capitalizedInside.contains(headWord)
              || headWord.equals(headWord.toUpperCase(Locale.ROOT)));
      int[] first = offsets.get(ids.get(0));
      int[] last = offsets.get(ids.get(ids.size() - 1));
      int[] h = offsets.get(head);
      mentions.add(new GoldMention(first[0], last[1], h[0], h[1], type, isName,
          chainOf.getOrDefault(m.id(), key + "@" + m.id())));
    }
    mentions.sort(java.util.Comparator.comparingInt(GoldMention::start).thenComparingInt(GoldMention::end));
    List<int[]> ranges = new ArrayList<>();
    sentenceRanges.forEach((s, r) -> {
      if (scored.contains(s)) {
        ranges.add(r);
      }
    });
    String topic = key.substring(0, key.indexOf('_'));
    return new Document(topic, key, full, mentions, ranges);
  }


  /** The head token id: the last one before the first breaker, skipping trailing punctuation. */
  private static String head(List<String> ids, List<String> words) {
    int end = words.size();
    for (int i = 1; i < words.size(); i++) {
      if (HEAD_BREAKERS.contains(words.get(i))) {
        end = i;
        break;
      }
    }
    int h = end - 1;
    while (h > 0 && (words.get(h).codePoints().noneMatch(Character::isLetterOrDigit)
        || CONNECTORS.contains(words.get(h)))) {
      h--;
    }
    return ids.get(h);
  }

  private static boolean startsUpper(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  private static @Nullable EntityType typeOf(String tag) {
    if (tag.equals("HUMAN_PART_PER")) {
      return EntityType.PERSON;
    }
    if (tag.equals("HUMAN_PART_ORG") || tag.equals("HUMAN_PART_MET")) {
      return EntityType.ORGANIZATION;
    }
    if (tag.startsWith("LOC_") || tag.equals("HUMAN_PART_GPE")) {
      return EntityType.PLACE;
    }
    return null;
  }
}

package org.currents.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.currents.model.Article;
import org.currents.model.ContentHash;
import org.currents.model.DateSource;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.PublishDate;
import org.currents.model.Provenance;
import org.currents.model.RawPage;
import org.currents.text.TextDates;
import org.currents.text.TextSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article body by text density: paragraphs score their parent (more for longer text and
 * more commas, less for link text), the best-scoring container and its like-scoring siblings are
 * the body, and furniture inside them ({@link Boilerplate}) is skipped. An element marked {@code
 * itemprop=articleBody} with enough text wins outright. Metadata comes from {@link PageMetadata}.
 *
 * <p>Thread safe: every call parses its own document and nothing is shared.
 */
public final class DensityArticleExtractor implements ArticleExtractor {
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "br", "hr");
  /** What scores as a paragraph. Not list items: teaser lists ("headline, summary" per item) would win. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "td");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "center", "font");
  private static final Evaluator ARTICLE_BODY = Selector.evaluatorOf("[itemprop=articleBody]");

  private final ExtractionLimits limits;

  public DensityArticleExtractor() {
    this(ExtractionLimits.defaults());
  }

  public DensityArticleExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  @Override
  public Outcome<Article> extract(RawPage page) {
    Outcome<PageText> decoded = PageDecoder.decode(page);
    if (decoded instanceof Outcome.Failed<PageText> failed) {
      return new Outcome.Failed<>(failed.problem());
    }
    Outcome.Ok<PageText> html = (Outcome.Ok<PageText>) decoded;
    Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDepth());
    Document doc = parser.parseInput(html.value().reader(), page.url() == null ? "" : page.url());
    TextLengths lengths = new TextLengths();
    PageMetadata.Tags tags = new PageMetadata.Tags();
    NodeTraversor.traverse(both(lengths, tags), doc);
    int depth = lengths.maxDepth;
    if (depth >= limits.maxDepth()) {
      return Outcome.failed(
          ProblemCode.TOO_DEEP,
          page.source(),
          "the markup nests " + depth + " elements deep, the limit is " + limits.maxDepth());
    }
    PageMetadata meta = PageMetadata.read(doc, tags, page.url());
    String text = bodyText(doc, meta.title(), lengths);
    if (text.length() < limits.minTextChars()) {
      return Outcome.skipped(
          ProblemCode.NOT_AN_ARTICLE,
          page.source(),
          "no article body found (" + text.length() + " characters of running text, at least "
              + limits.minTextChars() + " needed)");
    }
    String url = meta.url();
    Article article =
        new Article(
            ContentHash.articleId(url, text),
            url,
            meta.title(),
            meta.byline(),
            meta.published() != null ? meta.published() : dateInText(text, page.fetchedAt()),
            meta.site(),
            meta.language() != null ? meta.language() : LanguageGuess.of(text),
            meta.image(),
            text,
            new Provenance(page.source(), page.url(), page.fetchedAt(), ContentHash.sha256Hex(text)));
    return Outcome.ok(article, html.warnings());
  }

  /** One walk for two visitors: each walk over a large page costs as much as the work in it. */
  private static NodeVisitor both(NodeVisitor first, NodeVisitor second) {
    return new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        first.head(node, depth);
        second.head(node, depth);
      }

      @Override
      public void tail(Node node, int depth) {
        first.tail(node, depth);
        second.tail(node, depth);
      }
    };
  }

  /**
   * The last resort for a page whose markup and URL give no date: a full date in the opening of its
   * text (a dateline, "Published 5 March 2024"). A date after the fetch cannot be the publication
   * date, so none is invented from it.
   */
  private static @Nullable PublishDate dateInText(String text, Instant fetchedAt) {
    LocalDate date = TextDates.latest(text);
    boolean possible = date != null && !date.isAfter(LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC).plusDays(1));
    return possible ? PublishDate.ofDay(date, DateSource.TEXT) : null;
  }

  /** The body as paragraphs separated by blank lines, without the headline. */
  private static String bodyText(Document doc, @Nullable String title, TextLengths lengths) {
    Element body = doc.body();
    List<Element> roots = contentRoots(body, lengths);
    List<String> paragraphs = new ArrayList<>();
    for (Element root : roots) {
      paragraphs.addAll(ParagraphWriter.paragraphs(root));
    }
    if (!paragraphs.isEmpty() && title != null && paragraphs.get(0).equals(title)) {
      paragraphs.remove(0);
    }
    return String.join("\n\n", paragraphs);
  }

  /** The containers the body is taken from, in document order. */
  private static List<Element> contentRoots(Element body, TextLengths lengths) {
    for (Element marked : body.select(ARTICLE_BODY)) {
      if (marked.text().length() >= 200) {
        return List.of(marked);
      }
    }
    Map<Element, Double> scores = new LinkedHashMap<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            if (Boilerplate.is(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (PARAGRAPHS.contains(e.normalName())) {
              score(e.text(), e.parent(), scores);
            } else if (CONTAINERS.contains(e.normalName())) {
              // Text written straight into a container, lines split by <br>, is a paragraph too.
              score(inlineText(e), e, scores);
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      ranked.add(Map.entry(entry.getKey(), entry.getValue() * (1 - linkDensity(entry.getKey(), lengths))));
    }
    // Stable sort: of equal scores, the first in the document wins.
    ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
    if (ranked.isEmpty() || ranked.get(0).getValue() <= 0) {
      return List.of(body);
    }
    Element best = withChunks(ranked);
    double bestScore = ranked.get(0).getValue();
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> roots = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        roots.add(sibling);
      } else if (!Boilerplate.is(sibling)) {
        double s = scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling, lengths));
        boolean proseParagraph =
            sibling.normalName().equals("p")
                && sibling.text().length() > 80
                && linkDensity(sibling, lengths) < 0.25;
        if (s >= bestScore * 0.2 || proseParagraph) {
          roots.add(sibling);
        }
      }
    }
    return roots;
  }

  /** The text of an element's own text nodes and inline children, without its blocks. */
  private static String inlineText(Element e) {
    StringBuilder text = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.text());
      } else if (child instanceof Element c && !BLOCKS.contains(c.normalName()) && !CONTAINERS.contains(c.normalName())) {
        text.append(c.text());
      }
    }
    return text.toString().strip();
  }

  /**
   * The best candidate, or its common ancestor with the candidates of its own tag and class that
   * score at least a quarter as well: an article split into chunks ("section, ad, section") scores
   * each chunk alone, and only their common ancestor holds all of it.
   */
  private static Element withChunks(List<Map.Entry<Element, Double>> ranked) {
    Element best = ranked.get(0).getKey();
    double top = ranked.get(0).getValue();
    if (best.className().isBlank()) {
      return best;
    }
    Element common = best;
    for (Map.Entry<Element, Double> candidate : ranked) {
      Element e = candidate.getKey();
      if (candidate.getValue() < top * 0.25) {
        break;
      }
      if (e != best && e.normalName().equals(best.normalName()) && e.className().equals(best.className())) {
        while (common != null && !isAncestor(common, e)) {
          common = common.parent();
        }
      }
    }
    return common == null || common.normalName().equals("body") ? best : common;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static void score(String text, @Nullable Element parent, Map<Element, Double> scores) {
    if (text.length() < 25) {
      return;
    }
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        commas++;
      }
    }
    double s = 1 + commas + Math.min(text.length() / 100.0, 3);
    if (parent != null) {
      scores.merge(parent, s, Double::sum);
      Element grandparent = parent.parent();
      if (grandparent != null) {
        scores.merge(grandparent, s / 2, Double::sum);
      }
    }
  }

  private static double linkDensity(Element e, TextLengths lengths) {
    int[] chars = lengths.chars.get(e);
    return chars == null || chars[0] == 0 ? 0 : Math.min(1.0, chars[1] / (double) chars[0]);
  }

  /**
   * Characters of text under each element of the body, and how many of them are link text, and
   * the deepest nesting of the page, in one pass: computing the lengths per candidate would walk
   * the same subtrees again and again, and a separate walk for the depth would cost as much again.
   */
  private static final class TextLengths implements NodeVisitor {
    /** Sized for a typical news page, so the map does not grow step by step. */
    private final Map<Element, int[]> chars = new IdentityHashMap<>(2048);
    private int linkDepth;
    private int maxDepth;

    @Override
    public void head(Node node, int depth) {
      maxDepth = Math.max(maxDepth, depth);
      if (node instanceof Element e && e.normalName().equals("a")) {
        linkDepth++;
      } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
        int n = TextSpan.stripped(t.getWholeText()).length();
        int[] own = chars.computeIfAbsent(parent, k -> new int[2]);
        own[0] += n;
        own[1] += linkDepth > 0 ? n : 0;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          linkDepth--;
        }
        int[] own = chars.get(e);
        // The head's text (the document title) is not part of the page's running text.
        if (own != null && e.parent() != null && !e.normalName().equals("head")) {
          int[] up = chars.computeIfAbsent(e.parent(), k -> new int[2]);
          up[0] += own[0];
          up[1] += own[1];
        }
      }
    }
  }


  /** Writes an element's text as paragraphs, skipping furniture and link lists. */
  private static final class ParagraphWriter implements NodeFilter {
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkedChars;
    private int linkDepth;

    static List<String> paragraphs(Element root) {
      ParagraphWriter writer = new ParagraphWriter();
      if (Boilerplate.is(root)) {
        return List.of();
      }
      NodeTraversor.filter(writer, root);
      writer.flush();
      return writer.paragraphs;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        if (linkDepth > 0) {
          linkedChars += s.strip().length();
        }
        current.append(s);
      } else if (node instanceof Element e) {
        if (depth > 0 && Boilerplate.is(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(e.normalName())) {
          flush();
        } else if (e.normalName().equals("a")) {
          linkDepth++;
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          flush();
        } else if (e.normalName().equals("a")) {
          linkDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void flush() {
      String text = collapseSpaces(current);
      boolean mostlyLinks = !text.isEmpty() && linkedChars > text.length() * 0.5;
      if (!text.isEmpty() && !mostlyLinks) {
        paragraphs.add(text);
      }
      current.setLength(0);
      linkedChars = 0;
    }

    /** The text with each run of ASCII white space and no-break spaces as one space, trimmed. */
    private static String collapseSpaces(CharSequence raw) {
      StringBuilder out = new StringBuilder(raw.length());
      boolean pendingSpace = false;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0') {
          pendingSpace = out.length() > 0;
        } else {
          if (pendingSpace) {
            out.append(' ');
            pendingSpace = false;
          }
          out.append(c);
        }
      }
      return out.toString();
    }
  }
}

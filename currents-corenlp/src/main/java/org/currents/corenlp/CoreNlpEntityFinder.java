package org.currents.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.currents.entity.AliasTable;
import org.currents.entity.ArticleNames;
import org.currents.entity.CorpusNameResolver;
import org.currents.entity.EntityFinder;
import org.currents.model.AnnotatedArticle;
import org.currents.model.Article;
import org.currents.model.EntityType;
import org.currents.model.Outcome;

/**
 * Finds names with Stanford CoreNLP's statistical tagger (tokenize, ssplit, pos, lemma, ner: its
 * three English CRF classifiers), and resolves them with the same core code as the default finder:
 * canonical names within the article by {@link ArticleNames}, across articles by {@link
 * CorpusNameResolver}. So the two taggers differ only in which names they find and how they type
 * them.
 *
 * <p>Design decision: coarse types only ({@code ner.applyFineGrained=false}), no SUTime and no
 * numeric classifiers: Currents keeps people, organisations and places, and the fine-grained
 * gazetteers cost load time and speed; {@link #fineGrained()} turns them on, to measure both.
 *
 * <p>Thread safe: one pipeline serves all threads (CoreNLP's annotators keep no per-document
 * state). Loading takes seconds and about 1 GB of heap.
 */
public final class CoreNlpEntityFinder implements EntityFinder {
  private static final Map<String, EntityType> TYPES =
      Map.of(
          "PERSON", EntityType.PERSON,
          "ORGANIZATION", EntityType.ORGANIZATION,
          "LOCATION", EntityType.PLACE,
          "CITY", EntityType.PLACE,
          "COUNTRY", EntityType.PLACE,
          "STATE_OR_PROVINCE", EntityType.PLACE);

  private final AliasTable aliases;
  private final StanfordCoreNLP pipeline;
  private final CorpusNameResolver acrossArticles;

  /** CoreNLP with the coarse settings above. */
  public CoreNlpEntityFinder(AliasTable aliases) {
    this(aliases, coarse());
  }

  /** CoreNLP with the given pipeline properties; they must include the {@code ner} annotator. */
  public CoreNlpEntityFinder(AliasTable aliases, Properties properties) {
    this.aliases = aliases;
    this.pipeline = new StanfordCoreNLP(properties);
    this.acrossArticles = new CorpusNameResolver(aliases);
  }

  /** The properties of the default pipeline: people, organisations, places and other names only. */
  public static Properties coarse() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /**
   * The coarse pipeline plus CoreNLP's fine-grained step: its rule-based gazetteers relabel
   * locations as CITY, COUNTRY or STATE_OR_PROVINCE and add a few names the classifiers missed.
   */
  public static Properties fineGrained() {
    Properties p = coarse();
    p.setProperty("ner.applyFineGrained", "true");
    return p;
  }

  @Override
  public Outcome<AnnotatedArticle> annotate(Article article) {
    String text = article.text();
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<ArticleNames.TypedName> names = new ArrayList<>();
    for (CoreEntityMention m : document.entityMentions()) {
      EntityType type = TYPES.get(m.entityType());
      int start = m.charOffsets().first();
      int end = m.charOffsets().second();
      if (type != null && start < end && !pronoun(m)) {
        names.add(new ArticleNames.TypedName(start, end, type));
      }
    }
    return Outcome.ok(new AnnotatedArticle(article, ArticleNames.of(aliases, text).resolve(names)));
  }

  /** CoreNLP adds "she", "his" as mentions of a person: a pronoun is not a name. */
  private static boolean pronoun(CoreEntityMention m) {
    return m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"));
  }

  @Override
  public List<AnnotatedArticle> joinAcrossArticles(List<AnnotatedArticle> articles) {
    return acrossArticles.resolve(articles);
  }
}

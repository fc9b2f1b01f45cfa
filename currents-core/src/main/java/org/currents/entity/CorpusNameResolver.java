package org.currents.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.currents.model.AnnotatedArticle;
import org.currents.model.EntityType;
import org.currents.model.Mention;

/**
 * Joins spelling variants and short names across articles: an article that only says "Reid" joins "Tara Reid" named in
 * full elsewhere, and "FEMA" joins "Federal Emergency Management Agency", when the corpus holds
 * exactly one such full name. An ambiguous short name ("Reid" with both "Tara Reid" and "Harry
 * Reid" in the corpus) and a well-known name of the {@link AliasTable} ("Jordan") stay as they are.
 *
 * <p>Design decision: only unique matches, no scores. A wrong merge puts a person on another's
 * entity page, which costs more than a missed one; and the result depends only on the set of names
 * in the corpus, not on article order, so the same input gives the same portal. Thread safe.
 */
public final class CorpusNameResolver {
  private final AliasTable aliases;

  public CorpusNameResolver(AliasTable aliases) {
    this.aliases = aliases;
  }

  /** The articles with their names resolved across the corpus; same order. */
  public List<AnnotatedArticle> resolve(List<AnnotatedArticle> articles) {
    return resolveShortNames(unifyVariants(articles));
  }

  /**
   * Spelling variants of one name get one form: the same letters in another case ("SEACOM",
   * "Seacom"), and people with the same first and last name ("W. Mark Felt Sr.", "Mark Felt";
   * "Raj K. Chohan", "Raj Chohan"). The form used most often wins; ties go to mixed case, then the
   * shorter, then the alphabetically first. A name takes the type most of its mentions have.
   */
  private static List<AnnotatedArticle> unifyVariants(List<AnnotatedArticle> articles) {
    Map<String, Integer> uses = new TreeMap<>();
    Map<String, Map<EntityType, Integer>> typeVotes = new TreeMap<>();
    for (AnnotatedArticle a : articles) {
      for (Mention m : a.mentions()) {
        uses.merge(m.canonicalName(), 1, Integer::sum);
        typeVotes.computeIfAbsent(m.canonicalName(), k -> new java.util.EnumMap<>(EntityType.class))
            .merge(m.type(), 1, Integer::sum);
      }
    }
    // One type per name: the one most of its mentions got (ties to the first in EntityType order).
    Map<String, EntityType> types = new TreeMap<>();
    typeVotes.forEach((name, votes) -> types.put(name,
        votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey()));
    Map<String, String> best = new TreeMap<>();
    uses.forEach((name, count) -> best.merge(variantKey(name, types.get(name)), name, (a, b) -> better(a, b, uses)));
    Map<String, String> formOf = new TreeMap<>();
    uses.keySet().forEach(name -> formOf.put(name, best.get(variantKey(name, types.get(name)))));
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (AnnotatedArticle a : articles) {
      List<Mention> mentions = new ArrayList<>(a.mentions().size());
      for (Mention m : a.mentions()) {
        String form = formOf.get(m.canonicalName());
        mentions.add(form.equals(m.canonicalName()) && types.get(form) == m.type()
            ? m
            : new Mention(m.start(), m.end(), types.get(form), m.surface(), form));
      }
      out.add(new AnnotatedArticle(a.article(), mentions));
    }
    return out;
  }

  private static String variantKey(String name, EntityType type) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (type != EntityType.PERSON) {
      return lower;
    }
    List<String> words = new ArrayList<>(List.of(lower.split(" ")));
    words.removeIf(w -> w.matches("\\p{L}\\.|jr\\.?|sr\\.?|ii|iii|iv"));
    return words.size() < 2 ? lower : "person:" + words.get(0) + " " + words.get(words.size() - 1);
  }

  private static String better(String a, String b, Map<String, Integer> uses) {
    int byUses = Integer.compare(uses.get(b), uses.get(a));
    if (byUses != 0) {
      return byUses < 0 ? a : b;
    }
    boolean aCaps = a.equals(a.toUpperCase(Locale.ROOT)), bCaps = b.equals(b.toUpperCase(Locale.ROOT));
    if (aCaps != bCaps) {
      return aCaps ? b : a;
    }
    if (a.length() != b.length()) {
      return a.length() < b.length() ? a : b;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }

  private List<AnnotatedArticle> resolveShortNames(List<AnnotatedArticle> articles) {
    Map<String, Set<String>> peopleBySurname = new TreeMap<>();
    Map<String, Set<String>> organizationsByInitials = new TreeMap<>();
    for (AnnotatedArticle a : articles) {
      for (Mention m : a.mentions()) {
        String[] words = m.canonicalName().split(" ");
        if (words.length < 2) {
          continue;
        }
        if (m.type() == EntityType.PERSON) {
          peopleBySurname.computeIfAbsent(words[words.length - 1], k -> new TreeSet<>()).add(m.canonicalName());
        } else if (m.type() == EntityType.ORGANIZATION) {
          organizationsByInitials
              .computeIfAbsent(Names.initials(m.canonicalName()), k -> new TreeSet<>())
              .add(m.canonicalName());
        }
      }
    }
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    for (AnnotatedArticle a : articles) {
      List<Mention> mentions = new ArrayList<>(a.mentions().size());
      for (Mention m : a.mentions()) {
        mentions.add(resolve(m, peopleBySurname, organizationsByInitials));
      }
      out.add(new AnnotatedArticle(a.article(), mentions));
    }
    return out;
  }

  private Mention resolve(
      Mention m, Map<String, Set<String>> peopleBySurname, Map<String, Set<String>> organizationsByInitials) {
    String name = m.canonicalName();
    if (name.indexOf(' ') >= 0 || m.type() == EntityType.PLACE || aliases.lookup(name) != null) {
      return m;
    }
    Set<String> people = peopleBySurname.getOrDefault(name, Set.of());
    if (people.size() == 1) {
      return new Mention(m.start(), m.end(), EntityType.PERSON, m.surface(), people.iterator().next());
    }
    Set<String> organizations =
        Names.isAcronym(name) ? organizationsByInitials.getOrDefault(name.replace(".", ""), Set.of()) : Set.of();
    if (people.isEmpty() && organizations.size() == 1) {
      return new Mention(m.start(), m.end(), EntityType.ORGANIZATION, m.surface(), organizations.iterator().next());
    }
    return m;
  }
}

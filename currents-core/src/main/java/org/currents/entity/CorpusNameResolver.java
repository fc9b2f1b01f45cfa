package org.currents.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.currents.model.AnnotatedArticle;
import org.currents.model.EntityType;
import org.currents.model.Mention;

/**
 * Joins short names across articles: an article that only says "Reid" joins "Tara Reid" named in
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

  /** The articles with their one-word names resolved across the corpus; same order. */
  public List<AnnotatedArticle> resolve(List<AnnotatedArticle> articles) {
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

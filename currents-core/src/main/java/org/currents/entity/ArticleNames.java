package org.currents.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.EntityType;
import org.currents.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Canonical names within one article, whatever tagger found the names: well-known names from the
 * {@link AliasTable}, acronyms the article defines ("Department of Homeland Security (DHS)"), legal
 * forms dropped ("Apple Inc." is "Apple"), a first or last name alone joined to the person named in
 * full, and an acronym joined to the organisation whose initials it spells. {@link
 * RuleBasedEntityFinder} calls the pieces while it types its chunks; a tagger that types names
 * itself hands them to {@link #resolve}.
 *
 * <p>Immutable and thread safe; one instance per article text.
 */
public final class ArticleNames {
  /** Legal forms left out of canonical names: "Apple Inc." is "Apple". */
  private static final Set<String> LEGAL_FORMS =
      Set.of("inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "ag", "sa", "s.a.");
  private static final Pattern DEFINED_ACRONYM =
      Pattern.compile("([\\p{Lu}][\\p{L}.&' -]{3,80}?) \\((\\p{Lu}[\\p{Lu}.&]{1,9})\\)");

  /** A name that a tagger found and typed: offsets into the article text. */
  public record TypedName(int start, int end, EntityType type) {}

  private final AliasTable aliases;
  private final String text;
  private final Map<String, String> definedAcronyms;

  private ArticleNames(AliasTable aliases, String text) {
    this.aliases = aliases;
    this.text = text;
    this.definedAcronyms = definedAcronyms(text);
  }

  /** The names of {@code text}, resolved with {@code aliases}. */
  public static ArticleNames of(AliasTable aliases, String text) {
    return new ArticleNames(aliases, text);
  }

  /**
   * Mentions for names a tagger typed, in the given order. Names of several words are resolved
   * first, so that a short form ("Obama", "DHS") anywhere in the article joins the full name. The
   * tagger's type stands: the alias table gives a canonical name only when it agrees on the type.
   */
  public List<Mention> resolve(List<TypedName> names) {
    Map<String, AliasTable.Canonical> full = new LinkedHashMap<>();
    for (TypedName n : names) {
      String surface = text.substring(n.start(), n.end());
      if (surface.indexOf(' ') >= 0) {
        full.putIfAbsent(surface, longName(surface, n.type()));
      }
    }
    List<Mention> mentions = new ArrayList<>(names.size());
    for (TypedName n : names) {
      String surface = text.substring(n.start(), n.end());
      AliasTable.Canonical canonical = full.get(surface);
      if (canonical == null) {
        canonical = shortName(surface, n.type(), full.values());
      }
      mentions.add(new Mention(n.start(), n.end(), canonical.type(), surface, canonical.name()));
    }
    return mentions;
  }

  private AliasTable.Canonical longName(String surface, EntityType type) {
    AliasTable.Canonical known = agreeing(known(surface), type);
    if (known == null && type == EntityType.ORGANIZATION) {
      known = withoutLegalForm(surface);
    }
    return known != null ? known : new AliasTable.Canonical(surface, type);
  }

  private AliasTable.Canonical shortName(String surface, EntityType type, Collection<AliasTable.Canonical> full) {
    AliasTable.@Nullable Canonical canonical = null;
    if (type == EntityType.PERSON && !Names.isAcronym(surface)) {
      canonical = personNamedInFull(surface, full);
    }
    if (canonical == null) {
      canonical = agreeing(known(surface), type);
    }
    if (canonical == null && type == EntityType.ORGANIZATION) {
      canonical = organizationAbbreviated(surface, full);
    }
    return canonical != null ? canonical : new AliasTable.Canonical(surface, type);
  }

  private static AliasTable.@Nullable Canonical agreeing(AliasTable.@Nullable Canonical known, EntityType type) {
    return known != null && known.type() == type ? known : null;
  }

  /**
   * A well-known name of the alias table ("U.N" as the tokenizer leaves "U.N." too), else an
   * acronym this article defines, with its full name.
   */
  AliasTable.@Nullable Canonical known(String surface) {
    AliasTable.Canonical known = aliases.lookup(surface);
    if (known == null && Names.isAcronym(surface)) {
      known = aliases.lookup(surface + ".");
    }
    if (known != null) {
      return known;
    }
    String full = definedAcronyms.get(surface);
    if (full == null) {
      return null;
    }
    AliasTable.Canonical fullKnown = aliases.lookup(full);
    return fullKnown != null ? fullKnown : new AliasTable.Canonical(full, EntityType.ORGANIZATION);
  }

  /** "Apple Inc." -> Apple, "SeaMicro Ltd" -> organisation "SeaMicro"; null without a legal form. */
  AliasTable.@Nullable Canonical withoutLegalForm(String surface) {
    String[] words = surface.split("\\s+");
    if (words.length < 2 || !LEGAL_FORMS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return null;
    }
    String bare = surface.substring(0, surface.lastIndexOf(' ')).replaceAll(",$", "");
    AliasTable.Canonical company = aliases.lookup(bare);
    return company != null ? company : new AliasTable.Canonical(bare, EntityType.ORGANIZATION);
  }

  /**
   * The person named in full whose last name (or first name, unless it is a well-known name) is
   * {@code word}: "Jordan" after "Michael Jordan".
   */
  AliasTable.@Nullable Canonical personNamedInFull(String word, Collection<AliasTable.Canonical> full) {
    for (AliasTable.Canonical name : full) {
      String[] parts = name.name().split("\\s+");
      boolean firstName = parts[0].equals(word) && aliases.lookup(word) == null;
      if (name.type() == EntityType.PERSON && (firstName || parts[parts.length - 1].equals(word))) {
        return name;
      }
    }
    return null;
  }

  /** The organisation named in full whose initials an acronym spells ("DHS"), or null. */
  static AliasTable.@Nullable Canonical organizationAbbreviated(String word, Collection<AliasTable.Canonical> full) {
    if (!Names.isAcronym(word)) {
      return null;
    }
    String letters = word.replace(".", "");
    for (AliasTable.Canonical name : full) {
      if (name.type() == EntityType.ORGANIZATION && Names.initials(name.name()).equals(letters)) {
        return name;
      }
    }
    return null;
  }

  /** "Department of Homeland Security (DHS)": DHS to the name before it. */
  private static Map<String, String> definedAcronyms(String text) {
    Map<String, String> out = new HashMap<>();
    Matcher m = DEFINED_ACRONYM.matcher(text);
    while (m.find()) {
      String acronym = m.group(2).replace(".", "");
      String before = m.group(1).trim();
      String[] words = before.split("\\s+");
      // Take as many trailing words as the acronym has capitals, skipping connectors.
      int needed = acronym.length();
      int k = words.length;
      while (k > 0 && needed > 0) {
        k--;
        if (!Names.CONNECTORS.contains(words[k].toLowerCase(Locale.ROOT))) {
          needed--;
        }
      }
      String full = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
      if (needed == 0 && Names.initials(full).equalsIgnoreCase(acronym)) {
        out.putIfAbsent(m.group(2), full);
      }
    }
    return out;
  }
}

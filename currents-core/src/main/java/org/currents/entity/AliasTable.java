package org.currents.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.currents.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Surface forms of well-known entities and their canonical (encyclopedia-style) names: "DHS" and
 * "Homeland Security" to "United States Department of Homeland Security". Loaded once from a
 * tab-separated resource ({@code alias, canonical name, type}, where the type {@code DEMONYM} marks
 * "French" as belonging to France) built by {@code tools/aliases/build-aliases.mjs} from openly
 * licensed data; about 7,000 rows. Immutable and thread safe.
 */
public final class AliasTable {
  private static final String DEMONYM = "DEMONYM";

  /** A canonical name with its type. */
  public record Canonical(String name, EntityType type) {}

  private final Map<String, Canonical> byAlias;
  private final Map<String, String> countryOfDemonym;

  private AliasTable(Map<String, Canonical> byAlias, Map<String, String> countryOfDemonym) {
    this.byAlias = Map.copyOf(byAlias);
    this.countryOfDemonym = Map.copyOf(countryOfDemonym);
  }

  /** The table shipped with Currents ({@code org/currents/entity/aliases.tsv}). */
  public static AliasTable bundled() {
    try (InputStream in = AliasTable.class.getResourceAsStream("aliases.tsv")) {
      if (in == null) {
        throw new IllegalStateException("aliases.tsv is missing from the classpath");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read aliases.tsv", e);
    }
  }

  static AliasTable parse(BufferedReader lines) throws IOException {
    Map<String, Canonical> map = new HashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("aliases.tsv line " + number + ": expected 3 columns");
      }
      if (cols[2].equals(DEMONYM)) {
        demonyms.putIfAbsent(cols[0], cols[1]);
      } else {
        map.putIfAbsent(cols[0], new Canonical(cols[1], EntityType.valueOf(cols[2])));
      }
    }
    return new AliasTable(map, demonyms);
  }

  /**
   * The country a demonym belongs to ("Americans" -> "United States"), or null. A demonym is not a
   * mention of its country: "American officials" speak for the United States, "an American tourist"
   * does not, and the finder cannot tell them apart; it only keeps demonyms from being taken as
   * names of their own.
   */
  public @Nullable String countryOfDemonym(String word) {
    return countryOfDemonym.get(word);
  }

  /** The canonical entity for a surface form (exact, case-sensitive), or null. */
  public @Nullable Canonical lookup(String surface) {
    return byAlias.get(surface);
  }
}

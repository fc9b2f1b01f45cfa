package org.currents.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where each word of each document's highlighted text is, from the analyser that indexed it, found
 * once per portal. A highlight then finds a query's words by scanning one document's few hundred
 * words, where reading them from the postings seeks every query word in the terms dictionary and
 * decodes its postings for every hit (a quarter of a search page's CPU in a JFR profile at 100k
 * articles), and a wildcard walks the whole terms dictionary for every hit. Thread safe after
 * construction.
 */
final class TokenOffsets {
  private final Map<BytesRef, Integer> ids = new HashMap<>();
  /** Each word's characters, by id: what a wildcard is matched against. */
  private final List<char[]> words = new ArrayList<>();
  /** Each document's words in text order, as (word id, start offset, end offset) triples. */
  private final int[][] tokens;

  /** @param texts the field's text by document number, analysed as {@code analyzer} indexed {@code field} */
  TokenOffsets(Analyzer analyzer, String field, String[] texts) {
    tokens = new int[texts.length][];
    for (int doc = 0; doc < texts.length; doc++) {
      tokens[doc] = analyse(analyzer, field, texts[doc]);
    }
  }

  private int[] analyse(Analyzer analyzer, String field, String text) {
    int[] triples = new int[96];
    int length = 0;
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (length == triples.length) {
          triples = Arrays.copyOf(triples, length * 2);
        }
        triples[length++] = idOf(term.getBytesRef());
        triples[length++] = offset.startOffset();
        triples[length++] = offset.endOffset();
      }
      stream.end();
    } catch (IOException e) {
      // The text is a string in memory: analysing it does no I/O.
      throw new UncheckedIOException(e);
    }
    return Arrays.copyOf(triples, length);
  }

  private int idOf(BytesRef term) {
    Integer id = ids.get(term);
    if (id == null) {
      BytesRef copy = BytesRef.deepCopyOf(term);
      id = words.size();
      ids.put(copy, id);
      words.add(copy.utf8ToString().toCharArray());
    }
    return id;
  }

  /**
   * What one query looks for: its words and its wildcards (labelled as Lucene labels them). Not
   * thread safe: one per highlight call, as Lucene makes one offset strategy per call.
   */
  Words words(BytesRef[] terms, LabelledCharArrayMatcher[] wildcards) {
    return new Words(terms, wildcards);
  }

  final class Words {
    private final BytesRef[] terms;
    private final int[] termIds;
    private final BytesRef[] labels;
    private final LabelledCharArrayMatcher[] wildcards;
    /** Which wildcards each word id matches, as a bit set: worked out once per word and query. */
    private final Map<Integer, Long> wildcardsByWord = new HashMap<>();

    private Words(BytesRef[] terms, LabelledCharArrayMatcher[] wildcards) {
      if (wildcards.length > Long.SIZE) {
        throw new IllegalArgumentException("at most " + Long.SIZE + " wildcards: " + wildcards.length);
      }
      this.terms = terms;
      this.wildcards = wildcards;
      termIds = new int[terms.length];
      for (int i = 0; i < terms.length; i++) {
        termIds[i] = ids.getOrDefault(terms[i], -1);
      }
      labels = new BytesRef[wildcards.length];
      for (int i = 0; i < wildcards.length; i++) {
        labels[i] = new BytesRef(wildcards[i].getLabel());
      }
    }

    /**
     * Each occurrence in {@code doc} of a word or wildcard, ordered as Lucene's postings strategy
     * orders them (by start, end, then term), each with the count in the document of its word or
     * of all its wildcard's words, as Lucene gives them: the same passages come out.
     */
    OffsetsEnum in(int doc) {
      int[] triples = tokens[doc];
      // One pass: each occurrence keeps the slot of its word or wildcard, which becomes that
      // slot's count in the document once the whole document is read.
      int[] counts = new int[terms.length + wildcards.length];
      Occurrences found = new Occurrences();
      for (int t = 0; t < triples.length; t += 3) {
        int first = found.size;
        int term = termIndex(triples[t]);
        if (term >= 0) {
          found.add(triples[t + 1], triples[t + 2], terms[term], term);
          counts[term]++;
        }
        for (long w = wildcardsOf(triples[t]); w != 0; w &= w - 1) {
          int wildcard = Long.numberOfTrailingZeros(w);
          int slot = terms.length + wildcard;
          found.add(triples[t + 1], triples[t + 2], labels[wildcard], slot);
          counts[slot]++;
        }
        found.sortTermsFrom(first);
      }
      found.countSlots(counts);
      return found;
    }

    private int termIndex(int wordId) {
      for (int i = 0; i < termIds.length; i++) {
        if (termIds[i] == wordId) {
          return i;
        }
      }
      return -1;
    }

    private long wildcardsOf(int wordId) {
      if (wildcards.length == 0) {
        return 0L;
      }
      return wildcardsByWord.computeIfAbsent(wordId, id -> {
        char[] word = words.get(id);
        long matched = 0L;
        for (int i = 0; i < wildcards.length; i++) {
          if (wildcards[i].match(word, 0, word.length)) {
            matched |= 1L << i;
          }
        }
        return matched;
      });
    }
  }

  /** Occurrences found in one document, read in order by the highlighter. */
  private static final class Occurrences extends OffsetsEnum {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private BytesRef[] terms = new BytesRef[16];
    /** Each occurrence's slot while the document is read, then that slot's count in the document. */
    private int[] freqs = new int[16];
    private int size;
    private int at = -1;

    void add(int start, int end, BytesRef term, int slot) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        terms = Arrays.copyOf(terms, size * 2);
        freqs = Arrays.copyOf(freqs, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      terms[size] = term;
      freqs[size] = slot;
      size++;
    }

    void countSlots(int[] counts) {
      for (int i = 0; i < size; i++) {
        freqs[i] = counts[freqs[i]];
      }
    }

    /** Orders the occurrences of one word (same offsets) from {@code first} on by term, as Lucene's queue does. */
    void sortTermsFrom(int first) {
      for (int i = first + 1; i < size; i++) {
        for (int j = i; j > first && terms[j - 1].compareTo(terms[j]) > 0; j--) {
          BytesRef term = terms[j];
          terms[j] = terms[j - 1];
          terms[j - 1] = term;
          int freq = freqs[j];
          freqs[j] = freqs[j - 1];
          freqs[j - 1] = freq;
        }
      }
    }

    @Override
    public boolean nextPosition() {
      return ++at < size;
    }

    @Override
    public int freq() {
      return freqs[at];
    }

    @Override
    public BytesRef getTerm() {
      return terms[at];
    }

    @Override
    public int startOffset() {
      return starts[at];
    }

    @Override
    public int endOffset() {
      return ends[at];
    }
  }
}

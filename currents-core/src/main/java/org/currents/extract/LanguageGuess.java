package org.currents.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.jspecify.annotations.Nullable;

/**
 * The language of a text that its page did not declare, from OpenNLP's language detection model
 * (Maven artifact {@code opennlp-models-langdetect}, 103 languages, loaded once on first use).
 * Gives a two-letter BCP 47 tag where one exists ("en"), else the model's ISO 639-3 code; null
 * for short texts and unsure guesses, so a wrong language is rarer than a missing one. Thread
 * safe: the model is shared and read only, each call makes its own detector.
 */
final class LanguageGuess {
  private static final String MODEL = "/langdetect-183.bin";
  /** Fewer characters say too little; more cost time and change nothing. */
  private static final int MIN_CHARS = 100;

  private static final int MAX_CHARS = 1000;
  private static final double MIN_CONFIDENCE = 0.5;
  private static final Map<String, String> TWO_LETTER = new HashMap<>();

  static {
    for (String two : Locale.getISOLanguages()) {
      TWO_LETTER.put(Locale.forLanguageTag(two).getISO3Language(), two);
    }
  }

  private static final class Holder {
    static final LanguageDetectorModel MODEL_INSTANCE = load();
  }

  private LanguageGuess() {}

  static @Nullable String of(String text) {
    if (text.length() < MIN_CHARS) {
      return null;
    }
    Language best =
        new LanguageDetectorME(Holder.MODEL_INSTANCE)
            .predictLanguage(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    return TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
  }

  private static LanguageDetectorModel load() {
    try (InputStream in = LanguageGuess.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model missing from the classpath: " + MODEL);
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the OpenNLP language model", e);
    }
  }
}

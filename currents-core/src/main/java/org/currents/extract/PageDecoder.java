package org.currents.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.currents.model.Outcome;
import org.currents.model.ProblemCode;
import org.currents.model.RawPage;
import org.jspecify.annotations.Nullable;

/**
 * Page bytes to text. The charset comes from a byte-order mark, else the declared content type,
 * else a {@code <meta charset>} in the first bytes; a page declared UTF-8 whose bytes are not UTF-8
 * (a common lie) and an undeclared page that is not valid UTF-8 are decoded as windows-1252, with a
 * warning. Binary bytes (NUL bytes, image and archive signatures) are refused. The text comes
 * without the bodies of script, style and svg elements ({@link RawTextBodies}), cut from the bytes
 * before decoding where the charset allows it, so the decoder does not copy them. Valid UTF-8 (most
 * pages) stays bytes, checked by {@link Utf8} and decoded only as the parser reads it ({@link
 * PageText}); other charsets are decoded to a String first.
 */
final class PageDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String BLANK = "the page holds only white space";
  private static final String ASCII_PROBE = "</script style=\"ld+json\"><svg>";
  private static final byte[][] BINARY_SIGNATURES = {
    {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
    {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {0x1F, (byte) 0x8B}, {'R', 'I', 'F', 'F'}
  };

  private PageDecoder() {}

  static Outcome<PageText> decode(RawPage page) {
    byte[] bytes = page.body();
    String input = page.source();
    if (bytes.length == 0) {
      return Outcome.failed(ProblemCode.EMPTY, input, "the page has no bytes");
    }
    List<String> warnings = new ArrayList<>();
    if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      return finish(input, RawTextBodies.strip(bytes, 3).decode(StandardCharsets.UTF_8), warnings);
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})
        || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return finish(input, withoutRawText(new String(bytes, StandardCharsets.UTF_16)), warnings);
    }
    if (looksBinary(bytes)) {
      return Outcome.failed(
          ProblemCode.BINARY, input, "the bytes are not text (a binary signature or NUL bytes)");
    }
    String declaredName = declaredCharset(page.contentType(), bytes);
    Charset declared = null;
    if (declaredName != null) {
      declared = charset(declaredName);
      if (declared == null) {
        warnings.add("unknown charset \"" + declaredName + "\" declared; guessed instead");
      }
    }
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      String text =
          asciiCompatible(declared)
              ? RawTextBodies.strip(bytes, 0).decode(declared)
              : withoutRawText(new String(bytes, declared));
      return finish(input, text, warnings);
    }
    ByteRange kept = RawTextBodies.strip(bytes, 0);
    Utf8.Counts utf8 = Utf8.check(kept.array(), kept.offset(), kept.offset() + kept.length());
    if (utf8 != null) {
      if (isBlank(kept)) {
        return Outcome.failed(ProblemCode.EMPTY, input, BLANK);
      }
      return checked(input, PageText.ofUtf8(kept), utf8.replacements(), utf8.chars(), warnings);
    }
    warnings.add(
        (declared == null ? "no charset declared" : "declared UTF-8")
            + " but the bytes are not UTF-8; decoded as windows-1252");
    return finish(input, kept.decode(WINDOWS_1252), warnings);
  }

  /**
   * Whether the charset writes every ASCII character as that one byte and nothing else with ASCII
   * bytes, so that tags can be found in its bytes: single-byte supersets of ASCII. Multi-byte and
   * stateful charsets (ISO-2022-JP writes kanji with ASCII bytes) and EBCDIC are not.
   */
  private static boolean asciiCompatible(Charset charset) {
    return charset.canEncode()
        && charset.newEncoder().maxBytesPerChar() == 1
        && Arrays.equals(ASCII_PROBE.getBytes(charset), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII));
  }

  /** The rare page in a charset that is not ASCII-compatible: cut through a UTF-8 copy. */
  private static String withoutRawText(String text) {
    return RawTextBodies.strip(text.getBytes(StandardCharsets.UTF_8), 0).decode(StandardCharsets.UTF_8);
  }

  private static Outcome<PageText> finish(String input, String text, List<String> warnings) {
    if (text.isBlank()) {
      return Outcome.failed(ProblemCode.EMPTY, input, BLANK);
    }
    int replacements = 0;
    for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
      replacements++;
    }
    return checked(input, PageText.of(text), replacements, text.length(), warnings);
  }

  /** The text, unless too much of it is U+FFFD: the page was decoded in the wrong charset. */
  private static Outcome<PageText> checked(
      String input, PageText text, int replacements, int chars, List<String> warnings) {
    if (replacements > 64 && replacements * 20 > chars) {
      return Outcome.failed(
          ProblemCode.BAD_CHARSET,
          input,
          replacements + " characters do not decode in the page's charset");
    }
    return Outcome.ok(text, warnings);
  }

  /** {@link String#isBlank()} of UTF-8 bytes, decoding them only when a non-ASCII character comes first. */
  private static boolean isBlank(ByteRange bytes) {
    byte[] b = bytes.array();
    for (int i = bytes.offset(); i < bytes.offset() + bytes.length(); i++) {
      if (b[i] < 0) {
        return bytes.decode(StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String declaredCharset(@Nullable String contentType, byte[] bytes) {
    if (contentType != null) {
      Matcher m = META_CHARSET.matcher(contentType);
      if (m.find()) {
        return m.group(1);
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    int meta = head.toLowerCase(Locale.ROOT).indexOf("<meta");
    if (meta < 0) {
      return null;
    }
    Matcher m = META_CHARSET.matcher(head.substring(meta));
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean looksBinary(byte[] bytes) {
    for (byte[] signature : BINARY_SIGNATURES) {
      if (startsWith(bytes, signature)) {
        return true;
      }
    }
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

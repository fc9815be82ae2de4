package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a page or text file to characters. The charset comes from, in order: a
 * byte-order mark, the HTTP header, a {@code <meta charset>} or XML prolog; without one the bytes
 * are read as UTF-8 when they are valid UTF-8, else as windows-1252 with a warning. Stateless.
 *
 * <p>A declaration is checked against the bytes, because mislabelled pages are common: bytes
 * declared UTF-8 that are not valid UTF-8 are read as windows-1252, and bytes declared Latin-1 that
 * are valid multi-byte UTF-8 are read as UTF-8 (the chance that Latin-1 text happens to form valid
 * multi-byte UTF-8 sequences is negligible).
 */
final class TextDecoder {

  /** The text and a note for the user when the charset had to be guessed or corrected. */
  record Decoded(String text, Charset charset, String warning) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Where HTML5 says to look for a declaration: the first 1024 bytes; we allow a bit more. */
  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param headerCharset the charset named by an HTTP Content-Type header, or null
   * @param markup whether the bytes are HTML or XML, which may declare their charset inside
   */
  static Decoded decode(byte[] bytes, String headerCharset, boolean markup) {
    Decoded withBom = decodeByBom(bytes);
    if (withBom != null) {
      return withBom;
    }
    String declared = headerCharset;
    String where = "the HTTP header";
    if (declared == null && markup) {
      declared = declaredInMarkup(bytes);
      where = "the page";
    }
    if (declared == null) {
      return guess(bytes, null);
    }
    Charset charset = lookup(declared);
    if (charset == null) {
      return guess(bytes, "unknown charset \"" + declared + "\" in " + where);
    }
    if (charset.equals(StandardCharsets.UTF_8)) {
      String utf8 = strictUtf8(bytes);
      return utf8 != null
          ? new Decoded(utf8, charset, null)
          : guess(bytes, where + " declares UTF-8 but the bytes are not valid UTF-8");
    }
    if (isLatin(charset)) {
      if (hasMultibyteUtf8(bytes) && strictUtf8(bytes) != null) {
        return new Decoded(
            strictUtf8(bytes),
            StandardCharsets.UTF_8,
            where + " declares " + declared + " but the bytes are UTF-8; read as UTF-8");
      }
      // Browsers read ISO-8859-1 and ASCII labels as windows-1252 (WHATWG Encoding), so do we.
      return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, null);
    }
    return new Decoded(new String(bytes, charset), charset, null);
  }

  static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
            || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe));
  }

  private static Decoded decodeByBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return new Decoded(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }
    if (hasUtf16Bom(b)) {
      Charset charset =
          (b[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      return new Decoded(new String(b, 2, b.length - 2, charset), charset, null);
    }
    return null;
  }

  /** UTF-8 when valid, else windows-1252; {@code why} explains a declaration that was ignored. */
  private static Decoded guess(byte[] bytes, String why) {
    String prefix = why == null ? "" : why + "; ";
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(
          utf8, StandardCharsets.UTF_8, why == null ? null : prefix + "read as UTF-8");
    }
    int cut = incompleteTail(bytes);
    if (cut > 0) {
      String head = strictUtf8(Arrays.copyOf(bytes, bytes.length - cut));
      if (head != null) {
        return new Decoded(
            head,
            StandardCharsets.UTF_8,
            prefix
                + "ends in the middle of a UTF-8 character (truncated?); the partial character"
                + " was dropped");
      }
    }
    return new Decoded(
        new String(bytes, WINDOWS_1252),
        WINDOWS_1252,
        (why == null ? "not valid UTF-8 and no charset declared; " : prefix)
            + "read as windows-1252");
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** How many bytes at the end start a multi-byte sequence that the data cuts short, else 0. */
  private static int incompleteTail(byte[] bytes) {
    for (int back = 1; back <= Math.min(3, bytes.length); back++) {
      int b = bytes[bytes.length - back] & 0xff;
      if ((b & 0xc0) == 0x80) {
        continue; // a continuation byte: keep looking for the lead byte
      }
      int needed = (b & 0xe0) == 0xc0 ? 2 : (b & 0xf0) == 0xe0 ? 3 : (b & 0xf8) == 0xf0 ? 4 : 1;
      return needed > back ? back : 0;
    }
    return 0;
  }

  private static boolean hasMultibyteUtf8(byte[] bytes) {
    for (byte b : bytes) {
      if ((b & 0x80) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatin(Charset charset) {
    String name = charset.name().toLowerCase(Locale.ROOT);
    return name.equals("iso-8859-1") || name.equals("us-ascii") || name.equals("windows-1252");
  }

  /** The charset a page or XML document declares in its first bytes, or null. */
  static String declaredInMarkup(byte[] bytes) {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return xml.group(1);
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  /** The charset for a name, or null when Java does not know it. */
  static Charset lookup(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}

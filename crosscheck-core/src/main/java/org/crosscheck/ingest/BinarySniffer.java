package org.crosscheck.ingest;

/**
 * Tells binary data from text by its first bytes: known file signatures, NUL bytes and the share of
 * control characters. Stateless.
 */
final class BinarySniffer {

  /** Signatures of formats people drop into a folder of articles by mistake. */
  private static final Object[][] SIGNATURES = {
    {"%PDF-", "a PDF document"},
    {"PK\u0003\u0004", "a ZIP archive (or DOCX/ODT/EPUB)"},
    {"\u0089PNG", "a PNG image"},
    {"GIF8", "a GIF image"},
    {"\u00ff\u00d8\u00ff", "a JPEG image"},
    {"\u007fELF", "an executable"},
    {"\u00d0\u00cf\u0011\u00e0", "a Microsoft Office document"},
    {"\u001f\u008b", "gzip data inside gzip data"},
    {"7z\u00bc\u00af", "a 7-Zip archive"},
    {"Rar!", "a RAR archive"},
    {"\u00ca\u00fe\u00ba\u00be", "a Java class file"},
    {"OggS", "an Ogg audio file"},
    {"ID3", "an MP3 audio file"},
    {"wOFF", "a web font"},
  };

  /** Above this share of control characters in the sample, the data is not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private BinarySniffer() {}

  /** Why {@code bytes} look binary, or null when they look like text. */
  static String whyBinary(byte[] bytes) {
    for (Object[] signature : SIGNATURES) {
      if (startsWith(bytes, (String) signature[0])) {
        return "binary file: " + signature[1];
      }
    }
    if (startsWith(bytes, "RIFF") || hasFtypBox(bytes)) {
      return "binary file: an image, audio or video file";
    }
    if (TextDecoder.hasUtf16Bom(bytes)) {
      return null; // UTF-16 text is full of NUL bytes by design
    }
    int sample = Math.min(bytes.length, Streams.PEEK);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return "binary file: contains NUL bytes";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    if (sample > 0 && control > MAX_CONTROL_SHARE * sample) {
      return "binary file: " + control + " control characters in the first " + sample + " bytes";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, String signature) {
    if (bytes.length < signature.length()) {
      return false;
    }
    for (int i = 0; i < signature.length(); i++) {
      if ((bytes[i] & 0xff) != signature.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** MP4, MOV, HEIC and AVIF files carry "ftyp" at offset 4. */
  private static boolean hasFtypBox(byte[] bytes) {
    return bytes.length >= 8
        && bytes[4] == 'f'
        && bytes[5] == 't'
        && bytes[6] == 'y'
        && bytes[7] == 'p';
  }
}

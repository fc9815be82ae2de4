package org.crosscheck.annotate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Paragraph;

/**
 * Whether an article is written in another language than English, the only one our models and
 * rules read. A page's declared language alone cannot say: sites declare "en" on German pages and
 * "de" on English ones. So an article counts as foreign only when both agree: it declares another
 * language, and its words hardly include English function words ("the", "of", "and"), which make
 * up a tenth to a fifth of any English prose. An article in doubt is analysed: a wrong skip would
 * lose an article, a wrong analysis only yields little.
 *
 * <p>Stateless and thread-safe.
 */
public final class EnglishText {
  private EnglishText() {}

  // Words frequent in English and rare elsewhere: not "a", "in", "is" or "to", which other
  // languages spell the same.
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "that", "for", "with", "was", "were", "by", "he", "she", "they",
          "from", "his", "her", "are", "be", "has", "have", "had", "this", "said", "which", "who",
          "not", "but", "it", "its", "their", "would", "will");

  /** Below this share of function words a text is not English prose. */
  static final double LEAST_SHARE = 0.05;

  /** Fewer words than this say too little to judge. */
  static final int FEWEST_WORDS = 40;

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  /**
   * The declared language when the article declares one other than English and its text does not
   * read as English; null when it is English or in doubt.
   */
  public static String foreignLanguage(Article article) {
    String declared = article.metadata().language();
    if (declared == null || declared.isBlank()
        || declared.toLowerCase(Locale.ROOT).startsWith("en")) {
      return null;
    }
    int words = 0;
    int function = 0;
    for (Paragraph p : article.paragraphs()) {
      Matcher m = WORD.matcher(p.text());
      while (m.find()) {
        words++;
        if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
          function++;
        }
      }
    }
    boolean foreign = words >= FEWEST_WORDS && function < LEAST_SHARE * words;
    return foreign ? declared : null;
  }
}

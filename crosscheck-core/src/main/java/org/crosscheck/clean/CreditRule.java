package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks credit lines as {@link Role#CREDIT} and records each credit sentence in the metadata:
 * "VOA's Cindy Saine contributed to this report.", "Information for this report was obtained in
 * part from The Associated Press.", "(Reporting by A; Editing by B)".
 *
 * <p>A line is a credit only when every sentence in it is one, so a body paragraph that happens to
 * mention a report is left alone.
 */
final class CreditRule implements PageRule {

  private static final Pattern CREDIT_SENTENCE =
      Pattern.compile(
          "(?i)^\\(?(?:.*\\bcontributed (?:additional )?(?:reporting )?(?:to|for) (?:this|the)"
              + " (?:report|story|article)|.*\\bcontributed reporting|(?:additional )?reporting"
              + " by\\b|(?:writing|editing|compiled|written|edited) by\\b|with (?:additional"
              + " )?(?:reporting|input|information) (?:from|by)\\b|(?:some )?information (?:for|in)"
              + " this (?:report|article|story) (?:was |is )?"
              + "(?:obtained|taken|drawn|provided|came)|this (?:report|story|article) (?:was|has"
              + " been) (?:produced|prepared|written|compiled) (?:with|by|in))");
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?)])\\s+(?=[\\p{Lu}(])|;\\s+");
  private static final int MAX_WORDS = 80;

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i) || LineShape.wordCount(page.text(i)) > MAX_WORDS) {
        continue;
      }
      List<String> sentences = creditSentences(page.text(i));
      if (!sentences.isEmpty()) {
        page.mark(i, Role.CREDIT);
        sentences.forEach(page::addCredit);
      }
    }
  }

  /** The credit sentences of a line made only of credits, else an empty list. */
  static List<String> creditSentences(String line) {
    List<String> credits = new ArrayList<>();
    for (String sentence : SENTENCE_BREAK.split(line.strip())) {
      String s = sentence.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!CREDIT_SENTENCE.matcher(s).find()) {
        return List.of();
      }
      credits.add(s.replaceAll("^\\(|\\)$", "").strip());
    }
    return credits;
  }

  @Override
  public String toString() {
    return "CreditRule";
  }
}

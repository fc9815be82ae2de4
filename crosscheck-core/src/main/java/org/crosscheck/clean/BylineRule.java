package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks byline lines ("By Nike Ching", "By Palestine Chronicle Staff", "Written by A and B") as
 * {@link Role#BYLINE} and records each name as an author. A date on the byline line ("By Nike Ching
 * | March 21, 2024") becomes the publication date.
 *
 * <p>A line is a byline only when what follows "By" is a list of capitalised names without sentence
 * punctuation, so a sentence that starts with "By" ("By Friday, the troops had left.") stays in the
 * body.
 */
final class BylineRule implements PageRule {

  private static final Pattern BYLINE =
      Pattern.compile("^(?:By|BY|Written by|Words by|Story by|Posted by|Author:)\\s*:?\\s+(.+)$");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*");
  private static final int MAX_WORDS = 14;

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      Optional<List<String>> names = names(page.text(i));
      if (names.isPresent()) {
        page.mark(i, Role.BYLINE);
        names.get().forEach(page::addAuthor);
        DateFinder.first(page.text(i)).ifPresent(d -> page.foundPublished(d.date()));
      }
    }
  }

  /** The names of a byline line, or empty when the line is not a byline. */
  static Optional<List<String>> names(String line) {
    Matcher m = BYLINE.matcher(line);
    if (!m.matches() || LineShape.wordCount(line) > MAX_WORDS) {
      return Optional.empty();
    }
    String rest = m.group(1);
    Optional<DateFinder.Found> date = DateFinder.first(rest);
    if (date.isPresent()) {
      rest = rest.substring(0, date.get().start());
    }
    // "Nike Ching | VOA" or "Nike Ching - Updated": the name comes first.
    rest = rest.split("\\s+[|—–-]\\s+|\\|")[0].strip();
    if (rest.isEmpty() || LineShape.endsSentence(rest) && !rest.matches(".*\\b\\p{Lu}\\.$")) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    for (String part : NAME_SEPARATORS.split(rest)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!LineShape.isNameLike(name) && !isStaffName(name)) {
        return Optional.empty();
      }
      names.add(name);
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /** "Palestine Chronicle Staff", "AP Staff": an outlet's collective byline. */
  private static boolean isStaffName(String name) {
    return name.matches("(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}(?:Staff|Staff Writer|Reporters|Desk)");
  }

  @Override
  public String toString() {
    return "BylineRule";
  }
}

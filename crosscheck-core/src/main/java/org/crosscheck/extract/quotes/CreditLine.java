package org.crosscheck.extract.quotes;

import java.util.Optional;
import java.util.Set;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SpeakerKind;
import org.crosscheck.model.Token;

/**
 * Recognises a pull-quote credit line: a paragraph that is only a person's name, right after a
 * paragraph that is only a quotation ("“It risks ...”" then "Jane Doe"). The name is the speaker.
 * Stateless and thread-safe.
 */
final class CreditLine {

  private static final int MAX_WORDS = 5;
  private static final Set<String> NAME_PARTICLES =
      Set.of("al", "bin", "ibn", "de", "da", "del", "van", "von", "der", "la", "le", "el", "abu");

  private CreditLine() {}

  /** The person credited in the paragraph after {@code paragraph}, if it is a credit line. */
  static Optional<Speaker> after(AnnotatedArticle annotated, int paragraph, ArticleActors actors) {
    Article article = annotated.article();
    if (paragraph + 1 >= article.paragraphs().size()) {
      return Optional.empty();
    }
    String line = article.paragraphs().get(paragraph + 1).text().strip();
    if (!looksLikeName(line)) {
      return Optional.empty();
    }
    Sentence s = annotated.sentenceAt(article.paragraphStart(paragraph + 1));
    if (s == null || s.paragraph() != paragraph + 1) {
      return Optional.empty();
    }
    boolean allProper = true;
    for (Token t : s.tokens()) {
      Optional<ArticleActor> a = actors.at(s.index(), t.index());
      if (a.isPresent() && a.get().kind() == org.crosscheck.model.ActorKind.PERSON) {
        return Optional.of(Speaker.of(a.get()));
      }
      allProper &= t.isProperNoun() || NAME_PARTICLES.contains(SpeechLexicon.lower(t));
    }
    return allProper ? Optional.of(new Speaker(line, null, SpeakerKind.PERSON)) : Optional.empty();
  }

  /** Two to five capitalised words and nothing else: no sentence punctuation, no digits. */
  static boolean looksLikeName(String line) {
    String[] words = line.split("\\s+");
    if (words.length < 2 || words.length > MAX_WORDS) {
      return false;
    }
    for (String w : words) {
      String bare = w.replaceAll("[-'’.]", "");
      if (bare.isEmpty() || !bare.chars().allMatch(Character::isLetter)) {
        return false;
      }
      boolean particle = NAME_PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("-.*", ""));
      if (!particle && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return !line.endsWith(".") || line.length() < 3;
  }
}

package org.crosscheck.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SpeakerKind;
import org.crosscheck.model.Token;

/**
 * The rule-based {@link QuoteExtractor}: pairs quotation marks ({@link QuoteMarks}), attributes
 * each quote through the dependency parse ({@link Governance}) to an actor ({@link
 * SpeakerResolver}), and carries speakers over to quotes their own sentence does not attribute.
 *
 * <p>The steps, in order:
 *
 * <ol>
 *   <li>Every passage between quotation marks is a candidate.
 *   <li>Its sentences are searched for a governing speech verb, "according to X" or an
 *       interviewer's question; failing that, the subject of the clause holding it.
 *   <li>A quote still without a speaker takes the person named on a pull-quote credit line, else
 *       the speaker of the neighbouring quotes of its paragraph, else the speech reported by the
 *       sentence before or after it in the paragraph.
 *   <li>Short quotes (three words or fewer) are scare quotes unless a speech verb with a named
 *       speaker governs them (“greatly concerned”, he said); longer ones are always quotations.
 *   <li>Words cited as words ("the word “We”", "the slogan “...”"), used as a label for the noun
 *       after them ("the “interim” government") or set as a subheading are not quotations.
 *   <li>A quote repeated in the article (same words) is kept once.
 * </ol>
 *
 * <p>Example: {@code new RuleQuoteExtractor().extract(annotated, resolver.resolve(annotated))}.
 * Thread-safe (no state between calls) and never changes its input.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

  /** Quotes of at most this many words need a speech verb to count (else scare quotes). */
  static final int SCARE_QUOTE_MAX_WORDS = 3;

  @Override
  public List<Quote> extract(AnnotatedArticle annotated, ArticleActors actors) {
    Article article = annotated.article();
    List<QuoteCandidate> candidates = new ArrayList<>();
    int n = article.paragraphs().size();
    for (int p = 0; p < n; p++) {
      String text = article.paragraphs().get(p).text();
      boolean nextOpensQuote =
          p + 1 < n && QuoteMarks.opensWithQuote(article.paragraphs().get(p + 1).text());
      for (QuoteSpan q : QuoteMarks.find(text, article.paragraphStart(p), p, nextOpensQuote)) {
        List<Sentence> ss = sentencesOf(annotated, q);
        if (!ss.isEmpty()) {
          candidates.add(new QuoteCandidate(q, ss));
        }
      }
    }
    attribute(annotated, actors, candidates);
    Continuation.apply(annotated, actors, candidates);
    return build(annotated, candidates);
  }

  /** First pass: each quote's own sentences, in article order so pronouns see earlier speakers. */
  private static void attribute(AnnotatedArticle annotated, ArticleActors actors, List<QuoteCandidate> candidates) {
    SpeakerResolver resolver = new SpeakerResolver(annotated, actors);
    int fed = 0;
    for (QuoteCandidate c : candidates) {
      int first = c.sentences.get(0).index();
      for (; fed < first; fed++) {
        feed(resolver, annotated.sentences().get(fed));
      }
      // The sentences around the quote are read now, while the resolver knows who "he" is.
      List<Sentence> all = annotated.sentences();
      int last = c.sentences.get(c.sentences.size() - 1).index();
      c.before = first > 0 ? speechOf(resolver, all.get(first - 1)) : Speaker.NONE;
      c.after = last + 1 < all.size() ? speechOf(resolver, all.get(last + 1)) : Speaker.NONE;
      for (Sentence s : c.sentences) {
        Attribution a = Governance.of(s, c.span);
        if (a.how().ordinal() < c.attribution.how().ordinal()) {
          c.attribution = a;
          c.sentence = s;
        }
      }
      Attribution a = c.attribution;
      if (a.how() == Attribution.How.QUESTION || a.how() == Attribution.How.NONE) {
        c.speaker = Speaker.NONE;
      } else {
        c.speaker = resolver.resolve(c.sentence, a.subject());
      }
      if (a.governs()) {
        resolver.spoke(c.speaker);
      }
      fed = Math.max(fed, last + 1);
    }
  }

  /** The speaker of the speech a sentence reports ("Netanyahu said in a statement ..."), or none. */
  private static Speaker speechOf(SpeakerResolver resolver, Sentence s) {
    Attribution a = Governance.mainSpeech(s);
    return a.how() == Attribution.How.SPEECH ? resolver.resolve(s, a.subject()) : Speaker.NONE;
  }

  /**
   * Remembers who a sentence without quotes is about, for the pronouns that follow: the speaker
   * of its reported speech, else a person who is the subject of its main verb ("Councillor Mark
   * Brown disagreed." then "“...,” he said").
   */
  private static void feed(SpeakerResolver resolver, Sentence s) {
    Attribution a = Governance.mainSpeech(s);
    if (a.how() == Attribution.How.SPEECH) {
      resolver.spoke(resolver.resolve(s, a.subject()));
      return;
    }
    int subject = Governance.rootSubject(s);
    if (subject >= 0 && !s.token(subject).isPronoun()) {
      Speaker about = resolver.resolve(s, subject);
      if (about.isPerson()) {
        resolver.spoke(about);
      }
    }
  }

  private static List<Quote> build(AnnotatedArticle annotated, List<QuoteCandidate> candidates) {
    String text = annotated.article().text();
    Set<String> seen = new java.util.LinkedHashSet<>();
    List<Quote> out = new ArrayList<>();
    for (QuoteCandidate c : candidates) {
      String words = text.substring(c.span.start(), c.span.end());
      int count = wordCount(words);
      // A short quote counts when a speech verb governs it and names the speaker ("very
      // strong", he said), or when it is a whole sentence of speech ("They are heroes.").
      boolean licensed =
          (c.attribution.governs() && c.speaker.isNamed() && !c.continued)
              || ((c.attribution.governs() || c.continued) && isWholeSentence(words));
      if (count == 0 || (count <= SCARE_QUOTE_MAX_WORDS && !licensed)) {
        continue;
      }
      if ((!c.attribution.governs() && isTitle(words)) || isMention(text, c.span)
          || modifiesNounAfter(c) || isQuotedHeading(annotated.article(), c, words)) {
        continue;
      }
      String key = normalize(words);
      if (isRepeat(key, seen)) {
        continue;
      }
      seen.add(key);
      Sentence first = c.sentences.get(0);
      Sentence last = c.sentences.get(c.sentences.size() - 1);
      Evidence evidence =
          new Evidence(annotated.id(), text.substring(first.start(), last.end()), c.span.start(), c.span.end());
      out.add(
          new Quote(
              annotated.id() + "#q" + (out.size() + 1),
              annotated.id(),
              words,
              isFragment(text, c.span, count),
              c.speaker.name(),
              c.speaker.id(),
              c.speaker.kind(),
              evidence));
    }
    return out;
  }

  /**
   * A fragment is a few quoted words woven into the writer's sentence: three words or fewer that
   * are not a sentence of their own, or words starting in lower case without a comma or colon
   * introducing them.
   */
  static boolean isFragment(String text, QuoteSpan q, int words) {
    if (words <= SCARE_QUOTE_MAX_WORDS && !isWholeSentence(text.substring(q.start(), q.end()))) {
      return true;
    }
    int i = q.open() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    boolean introduced = i < 0 || ",:\n".indexOf(text.charAt(i)) >= 0;
    return Character.isLowerCase(text.charAt(q.start())) && !introduced;
  }

  /** Starts with a capital and ends with sentence punctuation: "They are heroes." */
  static boolean isWholeSentence(String words) {
    String w = words.strip();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.matches(".*[.!?]$");
  }

  private static final Set<String> TITLE_SMALL_WORDS =
      Set.of("a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from");

  /**
   * Title Case words with no sentence punctuation ("Days of Fever and Hope"): the name of a
   * film, book, company or operation, not speech. A final period of two words or more is the
   * sentence's, which American style puts inside the marks ("... the alternate name “Northwind
   * Moving and Storage.”").
   */
  static boolean isTitle(String words) {
    String w = words.strip();
    if (w.endsWith(".") && wordCount(w) >= 2) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.matches(".*[.!?,;:].*")) {
      return false;
    }
    for (String word : w.split("\\s+")) {
      if (!TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))
          && !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Nouns that introduce words cited as words, not said: "the word “We”", "the slogan “...”". */
  private static final Set<String> MENTION_NOUNS =
      Set.of("word", "words", "term", "terms", "phrase", "expression", "name", "nickname",
          "hashtag", "label", "slogan", "motto", "catchphrase", "tagline", "headline", "title");

  /**
   * True when the quoted words are named rather than said: right after a noun for words
   * ("trademark of the word “We”", "under the slogan “...”"), or after "so-called".
   */
  static boolean isMention(String text, QuoteSpan q) {
    int end = q.open();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    String before = text.substring(start, end).toLowerCase(Locale.ROOT);
    return MENTION_NOUNS.contains(before) || before.equals("so-called");
  }

  /**
   * True for a subheading set in quotation marks: a paragraph that is only quoted words without
   * sentence punctuation at their end (“We write with urgency”), attributed to no one even by
   * its neighbours. Speech set as its own paragraph ends its sentence.
   */
  static boolean isQuotedHeading(Article article, QuoteCandidate c, String words) {
    return !c.speaker.isNamed()
        && !words.strip().matches("(?s).*[.!?…]['’”\"]?$")
        && Continuation.fillsParagraph(article, c.span);
  }

  /** Words before a quote that make it part of a definite noun phrase ("the “interim” plan"). */
  private static final Set<String> DEFINITE =
      Set.of("the", "this", "that", "these", "those", "its", "their", "his", "her");

  /**
   * True when the quoted words sit between a definite determiner and the common noun they modify:
   * a label, not speech ("the “interim” government", "the “one country, two systems” formula").
   * Verbless words are a label outright; words with a verb only when they or the determiner hang
   * from that noun in the parse, so "“...,” officials said" stays a quotation. Without the
   * determiner ("had “very strong” support") the words are the speaker's own judgement, quoted.
   */
  static boolean modifiesNounAfter(QuoteCandidate c) {
    for (Sentence s : c.sentences) {
      Token before = null;
      Token next = null;
      for (Token t : s.tokens()) {
        boolean word = t.word().chars().anyMatch(Character::isLetterOrDigit);
        if (word && t.end() <= c.span.open()) {
          before = t;
        } else if (word && t.start() > c.span.close()) {
          next = t;
          break;
        }
      }
      boolean definite = before != null
          && (DEFINITE.contains(before.word().toLowerCase(Locale.ROOT))
              || "POS".equals(before.pos()));
      if (!definite || next == null || !next.isNoun() || next.isProperNoun()) {
        continue;
      }
      boolean[] inside = Governance.inside(s, c.span);
      boolean verbless = s.tokens().stream().noneMatch(t -> inside[t.index()] && t.isVerb());
      if (verbless) {
        // No clause inside, so nothing was said: the words only name ("the “one country, two
        // systems” formula", which the parser may split between the determiner and the noun).
        return true;
      }
      for (Dependency d : s.dependencies()) {
        // The quoted words, or the determiner before them, hang from the noun after them.
        boolean fromNoun = d.governor() == next.index() && d.dependent() >= 0;
        if (fromNoun && (inside[d.dependent()] || d.dependent() == before.index())) {
          return true;
        }
      }
    }
    return false;
  }

  static int wordCount(String s) {
    int n = 0;
    for (String w : s.trim().split("\\s+")) {
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        n++;
      }
    }
    return n;
  }

  /** Quotes this short repeat another only when identical; longer ones also when contained. */
  static final int REPEAT_MIN_WORDS = 5;

  /**
   * True when the quote was already kept: the same words, or (for five words or more) words
   * contained in a kept quote or containing one, as a pull quote repeats part of the body.
   */
  static boolean isRepeat(String key, Set<String> seen) {
    if (seen.contains(key)) {
      return true;
    }
    for (String other : seen) {
      String shorter = other.length() < key.length() ? other : key;
      String longer = shorter == other ? key : other;
      if (wordCount(shorter) >= REPEAT_MIN_WORDS && longer.contains(shorter)) {
        return true;
      }
    }
    return false;
  }

  /** Text compared for duplicates: case, quote characters and spacing ignored. */
  static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[‘’']", "'")
        .replaceAll("[“”\"]", "\"")
        .replaceAll("\\s+", " ")
        .replaceAll("[\\p{Punct}\\s]+$", "")
        .strip();
  }

  private static List<Sentence> sentencesOf(AnnotatedArticle annotated, QuoteSpan q) {
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      if (s.start() < q.end() && s.end() > q.start()) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "RuleQuoteExtractor[marks -> governance -> speaker -> continuation -> scare filter -> dedup]";
  }
}

package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * Names a story and turns a cluster into a {@link Story} record.
 *
 * <ul>
 *   <li>Title: the headline of one of its articles that best sums up the story (the highest TF-IDF
 *       cosine between the headline's words and the story's mean term vector); when no article has
 *       a headline, the most mentioned actor and the story's three heaviest words ("Antony Blinken:
 *       ceasefire, rafah, hostage").
 *   <li>Id: a slug of the most mentioned actor's last name, the heaviest word and the start month
 *       ("blinken-ceasefire-2024-03"); made unique by the caller.
 *   <li>Span: the union of its articles' spans (see {@link ArticleFeaturizer}).
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class StoryTitles {
  private StoryTitles() {}

  static Story story(
      List<ArticleFeatures> members,
      StorySimilarity.Profile profile,
      ToDoubleFunction<String> idf,
      Collection<Event> events) {
    List<String> articles =
        members.stream().map(ArticleFeatures::article).collect(Collectors.toList());
    String actor = topActor(profile.actors());
    List<String> words = topTerms(profile.terms(), idf, actor, 3);
    String title = bestHeadline(members, profile, idf);
    if (title == null) {
      title = composed(actor, words);
    }
    DateSpan span = profile.span();
    LocalDate start = span == null ? null : span.start();
    LocalDate end = span == null ? null : span.end();
    List<String> timeline =
        Timeline.ordered(events, Set.copyOf(articles)).stream()
            .map(Event::id)
            .collect(Collectors.toList());
    return new Story(id(actor, words, start), title, start, end, articles, timeline);
  }

  private static String bestHeadline(
      List<ArticleFeatures> members,
      StorySimilarity.Profile profile,
      ToDoubleFunction<String> idf) {
    String best = null;
    double bestScore = -1;
    for (ArticleFeatures f : members) {
      if (f.title() == null || f.title().isBlank()) {
        continue;
      }
      double s = StorySimilarity.cosine(PlainTextTerms.of(f.title()), profile.terms(), idf);
      if (s > bestScore || (s == bestScore && f.title().compareTo(best) < 0)) {
        best = f.title().strip();
        bestScore = s;
      }
    }
    return best;
  }

  private static String composed(String actor, List<String> words) {
    String w = String.join(", ", words);
    if (actor == null) {
      return w.isEmpty() ? "Untitled story" : capitalize(w);
    }
    return w.isEmpty() ? actor : actor + ": " + w;
  }

  private static String id(String actor, List<String> words, LocalDate start) {
    List<String> parts = new ArrayList<>();
    if (actor != null) {
      String[] names = actor.split("\\s+");
      parts.add(names[names.length - 1]);
    }
    if (!words.isEmpty()) {
      parts.add(words.get(0));
    }
    if (start != null) {
      parts.add(String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue()));
    }
    String slug =
        String.join("-", parts)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-|-$", "");
    return slug.isEmpty() ? "story" : slug;
  }

  private static String topActor(Map<String, Integer> actors) {
    return actors.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The heaviest terms (mean tf × idf), leaving out the words of the actor's name. */
  private static List<String> topTerms(
      Map<String, Double> terms, ToDoubleFunction<String> idf, String actor, int n) {
    Set<String> nameWords =
        actor == null ? Set.of() : Set.of(actor.toLowerCase(Locale.ROOT).split("\\s+"));
    Map<String, Double> weights = new LinkedHashMap<>();
    terms.forEach((t, tf) -> weights.put(t, Math.log1p(tf) * idf.applyAsDouble(t)));
    return weights.entrySet().stream()
        .filter(e -> !nameWords.contains(e.getKey()))
        .sorted(
            Map.Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .collect(Collectors.toList());
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

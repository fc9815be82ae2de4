package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/**
 * Groups articles into stories online: each {@link #add added} article joins the story it scores
 * best with, if that score reaches the threshold, or starts a new story. The score is {@link
 * StorySimilarity}: content (TF-IDF cosine and actor overlap) times a date factor that keeps
 * episodes weeks or years apart separate however alike their words.
 *
 * <p>After each addition, stories that have come to score above the threshold with each other are
 * merged (an article can bridge two stories begun before it arrived). This makes the result depend
 * little on arrival order: stories that a batch clustering would form come out the same whichever
 * article arrives first.
 *
 * <pre>{@code
 * StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
 * for (ArticleFeatures f : features) {
 *   Story joined = clusterer.add(f);
 * }
 * List<Story> stories = clusterer.stories(events);
 * }</pre>
 *
 * <p>Not thread-safe: it holds the growing collection. Its output records are immutable.
 */
public final class StoryClusterer {
  private final StoryOptions options;
  private final StorySimilarity similarity;
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Set<String> seen = new HashSet<>();
  private int documents;
  private int created;

  public StoryClusterer(StoryOptions options) {
    this.options = options;
    this.similarity = new StorySimilarity(options);
  }

  public StoryClusterer() {
    this(StoryOptions.defaults());
  }

  /**
   * Adds one article: it joins an existing story or starts a new one.
   *
   * @return the story the article is now part of (without timeline)
   * @throws IllegalArgumentException if an article with this id was added before
   */
  public Story add(ArticleFeatures article) {
    if (!seen.add(article.article())) {
      throw new IllegalArgumentException("article added twice: " + article.article());
    }
    documents++;
    article.terms().keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
    StorySimilarity.Profile profile = StorySimilarity.Profile.of(article);
    Cluster best = null;
    double bestScore = 0;
    for (Cluster c : clusters) {
      double s = similarity.score(profile, c.profile(), this::idf).total();
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best == null || bestScore < options.threshold()) {
      best = new Cluster(created++);
      clusters.add(best);
    }
    best.add(article);
    Cluster home = mergeAround(best);
    return StoryTitles.story(home.members, home.profile(), this::idf, List.of());
  }

  /** The stories so far, oldest first, each with the events of its articles in date order. */
  public List<Story> stories(Collection<Event> events) {
    List<Story> out = new ArrayList<>();
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (Cluster c : clusters) {
      Story s = StoryTitles.story(c.members, c.profile(), this::idf, events);
      int n = ids.merge(s.id(), 1, Integer::sum);
      if (n > 1) {
        s = new Story(s.id() + "-" + n, s.title(), s.start(), s.end(), s.articles(), s.timeline());
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Clusters a batch: adds the articles in the given order to a new clusterer and returns its
   * stories with their timelines.
   */
  public static List<Story> cluster(
      List<ArticleFeatures> articles, Collection<Event> events, StoryOptions options) {
    StoryClusterer c = new StoryClusterer(options);
    articles.forEach(c::add);
    return c.stories(events);
  }

  /** The stories so far, without timelines. */
  public List<Story> stories() {
    return stories(List.of());
  }

  /** Explains how an article would score against each current story (for reports and tests). */
  public List<StorySimilarity.Score> scores(ArticleFeatures article) {
    List<StorySimilarity.Score> out = new ArrayList<>();
    for (Cluster c : clusters) {
      out.add(similarity.score(StorySimilarity.Profile.of(article), c.profile(), this::idf));
    }
    return out;
  }

  double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log((1.0 + documents) / (1.0 + df)) + 1.0;
  }

  /** Merges into {@code c} every story that now scores above the threshold with it, repeatedly. */
  private Cluster mergeAround(Cluster c) {
    boolean merged = true;
    while (merged) {
      merged = false;
      for (Cluster other : List.copyOf(clusters)) {
        if (other == c) {
          continue;
        }
        if (similarity.dateFactor(c.span(), other.span()) < options.threshold()) {
          continue; // cheap skip: even identical content could not reach the threshold
        }
        double s = similarity.score(c.profile(), other.profile(), this::idf).total();
        if (s >= options.threshold()) {
          Cluster keep = c.order < other.order ? c : other;
          Cluster gone = keep == c ? other : c;
          gone.members.forEach(keep::add);
          clusters.remove(gone);
          c = keep;
          merged = true;
          break;
        }
      }
    }
    return c;
  }

  /** A story being built: its articles and the sums its profile is made of. */
  private static final class Cluster {
    final int order;
    final List<ArticleFeatures> members = new ArrayList<>();
    final Map<String, Double> termSums = new HashMap<>();
    final Map<String, Integer> actorSums = new HashMap<>();
    DateSpan span;

    Cluster(int order) {
      this.order = order;
    }

    void add(ArticleFeatures f) {
      members.add(f);
      f.terms().forEach((t, n) -> termSums.merge(t, n, Double::sum));
      f.actors().forEach((a, n) -> actorSums.merge(a, n, Integer::sum));
      if (f.span() != null) {
        span = span == null ? f.span() : span.union(f.span());
      }
    }

    DateSpan span() {
      return span;
    }

    StorySimilarity.Profile profile() {
      Map<String, Double> mean = new HashMap<>();
      termSums.forEach((t, n) -> mean.put(t, n / members.size()));
      return new StorySimilarity.Profile(mean, actorSums, span);
    }
  }
}

package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Actor;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Mention;

/**
 * Merges the actors of several articles into report-level {@link Actor}s with stable ids (the
 * slug of the canonical name, "-2", "-3" added on a clash).
 *
 * <p>Two article actors merge when they are of the same kind, their countries do not contradict
 * each other, and their names are compatible:
 *
 * <ul>
 *   <li>organisations, groups, countries: the same name (case and dots ignored), or one is the
 *       acronym of the other ("OIC", "Organisation of Islamic Cooperation");
 *   <li>people: the same name, or one name is part of the other ("Blinken", "Antony Blinken";
 *       "Faisal bin Farhan", "Faisal bin Farhan Al Saud"). Full names with different first names
 *       never merge ("Joe Biden", "Hunter Biden"); a surname alone joins a full name only when a
 *       single person fits it.
 * </ul>
 *
 * <p>The merged actor takes the fullest name, every role, and the most frequent country and
 * sector. Stateless and thread-safe; never changes its input.
 */
public final class ActorMerger {

  private static final class Cluster {
    final ActorKind kind;
    final List<Item> items = new ArrayList<>();
    // Name and country are asked of every cluster for every actor merged, and change only when
    // items join: kept until then (recomputing them made merging quadratic in a corpus's actors).
    private String name;
    private String country;
    private boolean stale = true;

    Cluster(ActorKind kind) {
      this.kind = kind;
    }

    void add(List<Item> more) {
      items.addAll(more);
      stale = true;
    }

    String name() {
      refresh();
      return name;
    }

    String country() {
      refresh();
      return country;
    }

    private void refresh() {
      if (stale) {
        name = items.stream().map(i -> i.actor.name())
            .max(Comparator.comparingInt((String n) -> Names.words(n).size())
                .thenComparingInt(String::length)).orElseThrow();
        country = mostFrequent(items.stream().map(i -> i.actor.country()).toList());
        stale = false;
      }
    }
  }

  private record Item(int order, String article, ArticleActor actor) {}

  public MergedActors merge(List<ArticleActors> articles) {
    List<Item> items = new ArrayList<>();
    for (ArticleActors aa : articles) {
      for (ArticleActor a : aa.all()) {
        items.add(new Item(items.size(), aa.article(), a));
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    // Fullest names first, so that a surname finds every full name it could belong to.
    List<Item> bySize = new ArrayList<>(items);
    bySize.sort(Comparator.comparingInt((Item i) -> -Names.words(i.actor.name()).size())
        .thenComparingInt(Item::order));
    for (Item item : bySize) {
      Cluster c = find(clusters, item.actor);
      if (c == null) {
        c = new Cluster(item.actor.kind());
        clusters.add(c);
      }
      c.add(List.of(item));
    }
    joinUnknownOrganisationsToPeople(clusters);
    clusters.sort(Comparator.comparingInt(
        c -> c.items.stream().mapToInt(Item::order).min().orElse(0)));
    return build(clusters);
  }

  /**
   * The tagger sometimes takes a person for an organisation ("By Nike Ching"): an organisation the
   * table does not know (no country, no sector) with exactly a person's name joins that person.
   */
  private static void joinUnknownOrganisationsToPeople(List<Cluster> clusters) {
    for (Cluster org : List.copyOf(clusters)) {
      boolean unknown = org.kind == ActorKind.ORGANISATION && org.items.stream()
          .allMatch(i -> i.actor.country() == null && i.actor.sector() == null);
      if (!unknown) {
        continue;
      }
      for (Cluster p : clusters) {
        if (p.kind == ActorKind.PERSON && Names.key(p.name()).equals(Names.key(org.name()))) {
          p.add(org.items);
          clusters.remove(org);
          break;
        }
      }
    }
  }

  private static Cluster find(List<Cluster> clusters, ArticleActor a) {
    List<Cluster> fits = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.kind != a.kind()) {
        continue;
      }
      String country = c.country();
      if (country != null && a.country() != null && !country.equals(a.country())) {
        continue;
      }
      if (compatible(c.name(), a.name(), a.kind())) {
        fits.add(c);
      }
    }
    if (fits.size() == 1) {
      return fits.get(0);
    }
    for (Cluster c : fits) {
      if (Names.key(c.name()).equals(Names.key(a.name()))) {
        return c;
      }
    }
    return null;
  }

  static boolean compatible(String a, String b, ActorKind kind) {
    if (Names.key(a).equals(Names.key(b))) {
      return true;
    }
    if (kind != ActorKind.PERSON) {
      return isAcronymOf(a, b) || isAcronymOf(b, a);
    }
    List<String> wa = Names.words(a);
    List<String> wb = Names.words(b);
    return wa.size() <= wb.size() ? Names.isPartOf(wa, wb) : Names.isPartOf(wb, wa);
  }

  private static boolean isAcronymOf(String acronym, String name) {
    if (!Names.isAcronym(acronym)) {
      return false;
    }
    String target = acronym.replace(".", "");
    StringBuilder all = new StringBuilder();
    StringBuilder content = new StringBuilder();
    for (String w : Names.words(name)) {
      char c = Character.toUpperCase(w.charAt(0));
      all.append(c);
      if (!Set.of("of", "for", "the", "and", "on", "in", "to").contains(w.toLowerCase(java.util.Locale.ROOT))) {
        content.append(c);
      }
    }
    return target.contentEquals(all) || target.contentEquals(content);
  }

  private static MergedActors build(List<Cluster> clusters) {
    List<Actor> actors = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Cluster c : clusters) {
      String name = c.name();
      String base = Names.slug(name).isEmpty() ? "actor" : Names.slug(name);
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      List<Item> items = new ArrayList<>(c.items);
      items.sort(Comparator.comparingInt(Item::order));
      List<String> allRoles = new ArrayList<>();
      List<Mention> mentions = new ArrayList<>();
      List<String> sectors = new ArrayList<>();
      for (Item i : items) {
        allRoles.addAll(i.actor.roles());
        sectors.add(i.actor.sector());
        for (ActorSpan s : i.actor.spans()) {
          mentions.add(new Mention(i.article, s.text(), s.start(), s.end()));
        }
        ids.put(i.article + '\u0000' + i.actor.key(), id);
      }
      actors.add(new Actor(id, name, c.kind, ArticleBook.fullestRoles(allRoles), c.country(),
          mostFrequent(sectors), mentions));
    }
    return new MergedActors(actors, ids);
  }

  private static String mostFrequent(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String v : values) {
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
  }
}

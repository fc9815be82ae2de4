package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** Groups items by a pairwise "same" relation, transitively (union-find). Stateless. */
final class Groups {
  private Groups() {}

  /** The groups of {@code items}, each in input order, groups ordered by their first item. */
  static <T> List<List<T>> of(List<T> items, BiPredicate<T, T> same) {
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        if (find(parent, i) != find(parent, j) && same.test(items.get(i), items.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<T>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}

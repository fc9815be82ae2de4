package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.IntFunction;

/** Groups items by a pairwise "same" relation, transitively (union-find). Stateless. */
final class Groups {
  private Groups() {}

  /** The groups of {@code items}, each in input order, groups ordered by their first item. */
  static <T> List<List<T>> of(List<T> items, BiPredicate<T, T> same) {
    return of(items, i -> laterIndices(i, items.size()), same);
  }

  /**
   * The same groups, testing only candidate pairs: {@code candidates} gives, for item {@code i},
   * the indices of the items it may be the same as (either order; repeats allowed). The caller
   * guarantees that every pair for which {@code same} holds is named by at least one of its two
   * items, so the groups equal those of testing every pair, at the cost of the candidates only:
   * a corpus of thousands of quotes is not compared pair by pair.
   */
  static <T> List<List<T>> of(List<T> items, IntFunction<int[]> candidates, BiPredicate<T, T> same) {
    int[] parent = new int[items.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < items.size(); i++) {
      for (int j : candidates.apply(i)) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        if (a != b && find(parent, a) != find(parent, b) && same.test(items.get(a), items.get(b))) {
          parent[find(parent, b)] = find(parent, a);
        }
      }
    }
    Map<Integer, List<T>> groups = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int[] laterIndices(int i, int size) {
    int[] later = new int[Math.max(0, size - i - 1)];
    for (int k = 0; k < later.length; k++) {
      later[k] = i + 1 + k;
    }
    return later;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}

package org.crosscheck.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crosscheck.model.ArticleMetadata;

/**
 * The working state of one cleaning: the page's lines, the {@link Role} decided for each so far,
 * and the metadata found in the page. The rules read and mark it in turn.
 *
 * <p>Mutable, and confined to one call of {@link TextCleaner#clean}: never shared between threads,
 * never kept after the call.
 */
final class PageLines {

  private final List<String> lines;
  private final Role[] roles;
  private final ArticleMetadata hints;
  private final List<String> authors = new ArrayList<>();
  private final List<String> credits = new ArrayList<>();
  private String title;
  private LocalDate published;
  private LocalDate updated;

  PageLines(List<String> lines, ArticleMetadata hints) {
    this.lines = List.copyOf(lines);
    this.roles = new Role[lines.size()];
    this.hints = hints;
    Arrays.fill(roles, Role.OPEN);
  }

  int size() {
    return lines.size();
  }

  String text(int i) {
    return lines.get(i);
  }

  Role role(int i) {
    return roles[i];
  }

  boolean isOpen(int i) {
    return roles[i] == Role.OPEN;
  }

  void mark(int i, Role role) {
    roles[i] = role;
  }

  ArticleMetadata hints() {
    return hints;
  }

  /** The index of the next line after {@code i} that is still open or kept, or -1. */
  int nextContent(int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (roles[j] == Role.OPEN || roles[j].kept() || roles[j] == Role.TITLE) {
        return j;
      }
    }
    return -1;
  }

  /** The index of the last line before {@code i} that is still open or kept, or -1. */
  int previousContent(int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (roles[j] == Role.OPEN || roles[j].kept()) {
        return j;
      }
    }
    return -1;
  }

  /** The index of the first line with {@code role}, or -1. */
  int first(Role role) {
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == role) {
        return i;
      }
    }
    return -1;
  }

  void addAuthor(String name) {
    if (!authors.contains(name)) {
      authors.add(name);
    }
  }

  void addCredit(String credit) {
    if (!credits.contains(credit)) {
      credits.add(credit);
    }
  }

  void foundTitle(String headline) {
    if (title == null) {
      title = headline;
    }
  }

  void foundPublished(LocalDate date) {
    if (published == null) {
      published = date;
    }
  }

  void foundUpdated(LocalDate date) {
    if (updated == null) {
      updated = date;
    }
  }

  /** What the page itself says about the article, before the hints are merged in. */
  ArticleMetadata foundMetadata() {
    return new ArticleMetadata(null, null, title, authors, published, updated, null, credits);
  }

  /** One line per page line: its role and text, for diagnostics and test failure messages. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(String.format("%-17s | %s%n", roles[i], lines.get(i)));
    }
    return sb.toString();
  }
}

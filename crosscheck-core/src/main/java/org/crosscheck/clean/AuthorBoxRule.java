package org.crosscheck.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks an author box as {@link Role#AUTHOR_BOX}: a name alone on a line followed by a bio, a
 * paragraph that opens with that name ("Surja, a dedicated blog writer ...", "Jane Doe is a
 * correspondent ...") and talks about writing or a career. Both lines go.
 *
 * <p>The career vocabulary is what keeps a section heading that happens to be a name, followed by a
 * body paragraph about that person ("Netanyahu, who ..."), in the article.
 */
final class AuthorBoxRule implements PageRule {

  private static final Pattern BIO_WORDS =
      Pattern.compile(
          "\\b(?:writer|journalist|reporter|correspondent|editor|author|blogger|columnist|"
              + "contributor|freelance|freelancer|degree|graduate|graduated|bachelor|master's|"
              + "studied|writes|writing|articles|covers|covering|based in|passion)\\b");

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i) || !LineShape.isNameLike(page.text(i))) {
        continue;
      }
      int bio = page.nextContent(i);
      if (bio >= 0 && page.isOpen(bio) && isBioOf(page.text(bio), page.text(i).strip())) {
        page.mark(i, Role.AUTHOR_BOX);
        page.mark(bio, Role.AUTHOR_BOX);
      }
    }
  }

  static boolean isBioOf(String paragraph, String name) {
    if (!paragraph.startsWith(name)) {
      return false;
    }
    String after = paragraph.substring(name.length());
    boolean opensAboutName =
        after.startsWith(",")
            || after.startsWith(" is ")
            || after.startsWith(" has ")
            || after.startsWith(" was ")
            || after.startsWith(" writes");
    return opensAboutName && BIO_WORDS.matcher(paragraph.toLowerCase(Locale.ROOT)).find();
  }

  @Override
  public String toString() {
    return "AuthorBoxRule";
  }
}

package org.crosscheck.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks photo captions and photo credits as {@link Role#CAPTION}.
 *
 * <ul>
 *   <li>A line ending in a photo credit: "... today.Credit: AMIR COHEN/ REUTERS", "... in Jeddah.
 *       (Photo: Secretary of State TW Page)", "(AP Photo/Jane Doe)", "... / Getty Images", "Photo
 *       by Jane Doe".
 *   <li>A line that describes a picture: a caption verb in the present tense ("speaks during",
 *       "looks inside", "gestures as") in a line with no closing full stop, no quotation and no
 *       reporting verb. News prose narrates in the past tense and ends its sentences; captions do
 *       neither.
 * </ul>
 *
 * <p>A caption shown twice (image alt text and figure caption) is handled by {@link RepeatRule}.
 */
final class CaptionRule implements PageRule {

  /** "Credit: NAME", "Photo: NAME" at the end of a line, even glued to the caption's last word. */
  private static final Pattern CREDIT_SUFFIX =
      Pattern.compile(
          "(?:^|(?<=[\\p{L}.,)\\s]))(?:Photo credit|Image"
              + " credit|Photo|Photograph|Image|Picture|Pic|"
              + "Credits?|PHOTO|CREDIT)\\s*:\\s*[^:.!?]{1,60}\\.?$");

  /** "(Photo: ...)", "(AP Photo/...)", "(File photo)", "(Image credit ...)" closing a line. */
  private static final Pattern PAREN_CREDIT =
      Pattern.compile(
          "(?i)\\((?:[\\w.]+\\s)?(?:file"
              + " )?(?:photo|photograph|image|picture|pic|credit)s?\\b[^()]*\\)\\.?$");

  /** Agency credit at the end of a caption: "... / Getty Images", "| REUTERS". */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "(?:[/|]\\s*|\\b)(?:Getty Images|Shutterstock|(?:AFP|AP|EPA|Reuters|REUTERS) via Getty"
              + " Images)\\s*$|[/|]\\s*(?:AFP|AP|EPA|REUTERS|Reuters|Anadolu|Xinhua|Associated"
              + " Press|Bloomberg)\\)?\\s*$");

  /** "Photo by NAME", "Image courtesy of NAME" closing a line. */
  private static final Pattern PHOTO_BY =
      Pattern.compile(
          "(?:^|[.)]\\s*)(?:Photo|Photograph|Image|Picture)s?\\s+(?:by|courtesy"
              + " of)\\s+[^.!?]{1,60}$");

  /** Present-tense verbs of pictured action, followed by what a caption says next. */
  private static final Pattern CAPTION_VERB =
      Pattern.compile(
          "\\b(?:speaks|looks|walks|stands|sits|gestures|attends|arrives|waves|holds|listens|"
              + "poses|reacts|carries|inspects|prays|mourns|gathers|watches|greets|shakes|"
              + "rides|addresses|delivers|searches|cries|embraces|hugs|kneels|smiles|salutes)"
              + "\\s+(?:during|inside|at|as|on|with|in|to|next|outside|near|from|over|through|"
              + "past|after|before|amid|while|beside|by|around|across|toward|towards|for)\\b");

  private static final Pattern REPORTING_VERB =
      Pattern.compile("\\b(?:said|says|told|tells|added|according|stated|announced|asked)\\b");

  private static final int MIN_CAPTION_WORDS = 6;
  private static final int MAX_CAPTION_WORDS = 60;

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.isOpen(i) && isCaption(page.text(i))) {
        page.mark(i, Role.CAPTION);
      }
    }
  }

  static boolean isCaption(String line) {
    return hasPhotoCredit(line) || describesPicture(line);
  }

  /** True when the line ends in a photo credit of one of the usual shapes. */
  static boolean hasPhotoCredit(String line) {
    if (LineShape.wordCount(line) > MAX_CAPTION_WORDS) {
      return false;
    }
    return CREDIT_SUFFIX.matcher(line).find()
        || PAREN_CREDIT.matcher(line).find()
        || PHOTO_BY.matcher(line).find()
        || AGENCY_CREDIT.matcher(line).find();
  }

  /** The line with a trailing photo credit cut off, to compare a caption with its repeat. */
  static String withoutCredit(String line) {
    String s = CREDIT_SUFFIX.matcher(line).replaceFirst("");
    s = PAREN_CREDIT.matcher(s).replaceFirst("");
    s = PHOTO_BY.matcher(s).replaceFirst("");
    return AGENCY_CREDIT.matcher(s).replaceFirst("").strip();
  }

  private static boolean describesPicture(String line) {
    int words = LineShape.wordCount(line);
    return words >= MIN_CAPTION_WORDS
        && words <= MAX_CAPTION_WORDS
        && !LineShape.endsSentence(line)
        && !line.endsWith(":")
        && !LineShape.hasQuotation(line)
        // A title-cased line is a headline ("Blinken Looks To Cairo"), not a caption.
        && LineShape.capitalisedRatio(line) < 0.6
        && !REPORTING_VERB.matcher(line.toLowerCase(Locale.ROOT)).find()
        && CAPTION_VERB.matcher(line).find();
  }

  @Override
  public String toString() {
    return "CaptionRule";
  }
}

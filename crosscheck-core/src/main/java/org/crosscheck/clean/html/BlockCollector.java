package org.crosscheck.clean.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an element's visible text into {@link Block}s the way a browser lays it out: a new block
 * at every block-level element and at every {@code <br>}, inline elements ({@code <span>},
 * {@code <a>}, {@code <em>}) joined into the surrounding text, and a table row as one block.
 *
 * <p>Reads the DOM only. Not thread-safe: one collector per traversal (it holds the traversal's
 * state); use {@link #collect(Element)}.
 */
final class BlockCollector implements NodeVisitor {

  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
          "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
          "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
          "caption", "menu", "html", "noscript", "legend", "option");

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> owners = new ArrayDeque<>();
  private final StringBuilder buffer = new StringBuilder();
  private int linkDepth;
  private int headingLevel;
  private int bufferLinkChars;
  private int bufferHeadingLevel;

  private BlockCollector() {}

  /** The blocks of {@code root}, in document order; never-text tags (scripts...) skipped. */
  static List<Block> collect(Element root) {
    BlockCollector c = new BlockCollector();
    c.owners.push(root);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && Furniture.NEVER_TEXT.contains(e.normalName())) {
              return FilterResult.SKIP_ENTIRELY;
            }
            c.head(node, depth);
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            c.tail(node, depth);
            return FilterResult.CONTINUE;
          }
        },
        root);
    c.flush();
    return c.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      String s = text.text();
      if (s.isBlank()) {
        if (buffer.length() > 0) {
          buffer.append(' ');
        }
        return;
      }
      if (buffer.length() == 0 || isBlankBuffer()) {
        bufferHeadingLevel = headingLevel;
      }
      buffer.append(s);
      if (linkDepth > 0) {
        bufferLinkChars += s.trim().length();
      }
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (tag.equals("br")) {
        flush();
      } else if (BLOCK_TAGS.contains(tag)) {
        flush();
        owners.push(e);
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
          headingLevel = tag.charAt(1) - '0';
        }
      } else if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("td") || tag.equals("th")) {
        // A table row reads as one line: its cells joined by spaces.
        buffer.append(' ');
      } else if (tag.equals("img") || tag.equals("hr")) {
        flush();
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag) && !owners.isEmpty() && owners.peek() == e) {
        flush();
        owners.pop();
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
          headingLevel = 0;
        }
      } else if (tag.equals("a")) {
        linkDepth--;
      }
    }
  }

  private boolean isBlankBuffer() {
    for (int i = 0; i < buffer.length(); i++) {
      if (!Character.isWhitespace(buffer.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void flush() {
    if (buffer.length() == 0) {
      return;
    }
    String text = collapse(buffer);
    if (!text.isEmpty()) {
      blocks.add(
          new Block(
              text,
              owners.peek(),
              Math.min(bufferLinkChars, text.length()),
              bufferHeadingLevel > 0,
              bufferHeadingLevel,
              false));
    }
    buffer.setLength(0);
    bufferLinkChars = 0;
    bufferHeadingLevel = 0;
  }

  /** White space runs (including no-break spaces) to one space, trimmed. */
  static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}

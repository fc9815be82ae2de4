package org.crosscheck.annotate;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime run on token windows around a sentence's anchor words instead of on the whole
 * sentence. SUTime's cost grows with its rules times the sentence's tokens, and most tokens of
 * a news sentence are far from any date or number; the windows ({@link TimeWindows}) hold every
 * word SUTime can build an expression around plus a margin of context.
 *
 * <p>It takes the place of SUTime's extractor inside CoreNLP's NER annotator ({@link
 * #install}), so everything around it stays CoreNLP's own: the CRF still tags the whole
 * sentence, the numeric classifiers still read the whole sentence, and CoreNLP merges their
 * answers, normalizes values and builds mentions as it always does. Each window is given to the
 * real extractor as a sentence of its own: its tokens (the sentence's own labels), its text (cut
 * from the sentence's text, since some rules match the text), character offsets and token
 * offsets into the document, so the expressions found carry the same offsets as when SUTime
 * reads the whole sentence. The numbers SUTime found in the windows are stored on the sentence,
 * where the numeric classifier reads them.
 *
 * <p>Thread-safe if the wrapped extractor is (SUTime's is).
 */
final class WindowedTimeExtractor implements TimeExpressionExtractor {

  private final TimeExpressionExtractor sutime;
  private final TimeGate gate;
  private final TimeWindows windows;

  WindowedTimeExtractor(TimeExpressionExtractor sutime, TimeGate gate, TimeWindows windows) {
    this.sutime = sutime;
    this.gate = gate;
    this.windows = windows;
  }

  /**
   * Makes the given NER annotator run SUTime through windows. CoreNLP offers no way to choose
   * the extractor (its factory names the class), so the field that holds it is replaced once,
   * right after loading and before any use.
   */
  static void install(NERCombinerAnnotator ner, TimeGate gate, TimeWindows windows) {
    NERClassifierCombiner combiner = (NERClassifierCombiner) read(ner, NERCombinerAnnotator.class, "ner");
    NumberSequenceClassifier numbers =
        (NumberSequenceClassifier) read(combiner, NERClassifierCombiner.class, "nsc");
    TimeExpressionExtractor sutime =
        (TimeExpressionExtractor) read(numbers, NumberSequenceClassifier.class, "timexExtractor");
    if (sutime == null) {
      throw new IllegalStateException("the NER annotator was loaded without SUTime");
    }
    write(numbers, NumberSequenceClassifier.class, "timexExtractor",
        new WindowedTimeExtractor(sutime, gate, windows));
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    boolean[] anchors = new boolean[tokens.size()];
    for (int i = 0; i < anchors.length; i++) {
      CoreLabel t = tokens.get(i);
      anchors[i] = gate.isAnchor(t.word(), t.tag() == null ? "" : t.tag());
    }
    List<CoreMap> expressions = new ArrayList<>();
    List<CoreMap> numerized = new ArrayList<>();
    for (TimeWindows.Window w : windows.around(anchors)) {
      CoreMap window = window(sentence, tokens, w);
      List<CoreMap> found = sutime.extractTimeExpressionCoreMaps(window, document);
      if (found != null) {
        expressions.addAll(found);
      }
      List<CoreMap> numbers = window.get(CoreAnnotations.NumerizedTokensAnnotation.class);
      if (numbers != null) {
        numerized.addAll(numbers);
      }
    }
    sentence.set(CoreAnnotations.NumerizedTokensAnnotation.class, numerized);
    return expressions;
  }

  /** The window as a sentence of its own, with offsets into the same document. */
  private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, TimeWindows.Window w) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    int sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<CoreLabel> part = new ArrayList<>(tokens.subList(w.begin(), w.end()));
    int start = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    Annotation window = new Annotation(text.substring(start - sentenceStart, end - sentenceStart));
    window.set(CoreAnnotations.TokensAnnotation.class, part);
    window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
    window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + w.begin());
    window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + w.end());
    Integer index = sentence.get(CoreAnnotations.SentenceIndexAnnotation.class);
    if (index != null) {
      window.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    }
    return window;
  }

  @Override
  public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap annotation, String docDate) {
    return sutime.extractTimeExpressionCoreMaps(annotation, docDate);
  }

  @Override
  public void init(String name, Properties props) {
    sutime.init(name, props);
  }

  @Override
  public void init(Options options) {
    sutime.init(options);
  }

  @Override
  public void finalize(CoreMap document) {
    sutime.finalize(document);
  }

  @Override
  public String toString() {
    return "WindowedTimeExtractor(" + windows + ", " + sutime.getClass().getSimpleName() + ")";
  }

  private static Object read(Object target, Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP changed: no field " + owner.getName() + "." + name, e);
    }
  }

  private static void write(Object target, Class<?> owner, String name, Object value) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP changed: no field " + owner.getName() + "." + name, e);
    }
  }
}

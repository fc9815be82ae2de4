package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.EntityMention;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.TimeMention;
import org.crosscheck.model.Token;

/**
 * The {@link Annotator} backed by Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with
 * SUTime, each article's publication date as document date) and depparse. CoreNLP's coref and
 * quote annotators are deliberately not used: our extractors do better on news.
 *
 * <p>SUTime is windowed: inside CoreNLP's NER annotator it reads only the tokens around words a
 * time expression or a number can be built on ({@link WindowedTimeExtractor}), which gives the
 * same tags and time mentions for a fraction of the cost; one CRF model serves every sentence.
 *
 * <p>A wire dateline opening a paragraph ("KHARTOUM, March 3 (Reuters) —") becomes a sentence of
 * its own ({@link DatelineSplit}) before tagging, so that it does not become the lead sentence's
 * subject.
 *
 * <p>The dependency parse is CoreNLP's neural parser run by {@link FastDependencyParser}: the same
 * model and the same edges as the {@code depparse} annotator, in about half the time, and only the
 * enhanced++ graph is built.
 *
 * <p>Loading takes several seconds and about 1.5 GB of heap; create one instance with {@link
 * #load()} and pass it to whoever needs it. Instances are thread-safe (CoreNLP's pipeline is).
 * CoreNLP's output is converted to our records here and nowhere else.
 */
public final class CoreNlpAnnotator implements Annotator {

  private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Tokens of context SUTime reads on each side of an anchor word. On 200 WCXB article bodies
   * (27,693 sentences, {@code WindowedTimeCorpusTest}) margins 0 to 3 change 1306, 127, 27 and 6
   * sentences (SUTime's left context: "the end of the day", "more than a year", and the
   * verb up to three words before a weekday that makes SUTime resolve it to the past), and every
   * margin from {@value #SMALLEST_EXACT_MARGIN} gives output identical to SUTime on whole
   * sentences; this one keeps two tokens of safety over that.
   */
  static final int MARGIN = 6;

  static final int SMALLEST_EXACT_MARGIN = 4;

  // tokenize and ssplit; then, after datelines are split off, the rest
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP pipeline;
  // Our NER (windowed SUTime) and parser after the pipeline; both null for stock CoreNLP.
  private final NERCombinerAnnotator ner;
  private final FastDependencyParser parser;
  private final DateRepair dateRepair = new DateRepair();
  private final DatelineSplit datelines = new DatelineSplit();

  private CoreNlpAnnotator(
      StanfordCoreNLP splitter,
      StanfordCoreNLP pipeline,
      NERCombinerAnnotator ner,
      FastDependencyParser parser) {
    this.splitter = splitter;
    this.pipeline = pipeline;
    this.ner = ner;
    this.parser = parser;
  }

  /**
   * Loads the models. Slow: call once per JVM. SUTime, a quarter of the annotation time, reads
   * only windows of {@value #MARGIN} tokens around the words a time expression or a number can be
   * built on; the output is the same as running it on whole sentences ({@code GatedTimeTest}
   * checks this on the seeds and written sentences, {@code WindowedTimeCheck} on WCXB articles).
   */
  public static CoreNlpAnnotator load() {
    return load(MARGIN, true);
  }

  /** Our annotator with SUTime windows of the given margin, with or without the parse. */
  static CoreNlpAnnotator load(int margin, boolean parse) {
    quiet();
    Properties base = properties();
    base.setProperty("annotators", "pos,lemma");
    StanfordCoreNLP upToLemma = new StanfordCoreNLP(base, false);
    NERCombinerAnnotator ner;
    try {
      // Built directly, not through StanfordCoreNLP, whose pool of annotators would share this
      // instance (and its windowed SUTime) with a stock pipeline of the same properties.
      ner = new NERCombinerAnnotator(properties());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WindowedTimeExtractor.install(ner, new TimeGate(), new TimeWindows(margin));
    FastDependencyParser parser = parse ? FastDependencyParser.load(PARSER_MODEL) : null;
    return new CoreNlpAnnotator(splitter(), upToLemma, ner, parser);
  }

  /**
   * Loads the models as stock CoreNLP runs them: SUTime on every sentence and the {@code
   * depparse} annotator. The reference for the time windows and the fast parser.
   */
  static CoreNlpAnnotator loadWithoutTimeGate() {
    return loadStock(true);
  }

  /** Stock CoreNLP, with the {@code depparse} annotator or without any parse. */
  static CoreNlpAnnotator loadStock(boolean parse) {
    quiet();
    Properties props = properties();
    props.setProperty("annotators", "pos,lemma,ner" + (parse ? ",depparse" : ""));
    return new CoreNlpAnnotator(splitter(), new StanfordCoreNLP(props, false), null, null);
  }

  private static StanfordCoreNLP splitter() {
    Properties props = properties();
    props.setProperty("annotators", "tokenize,ssplit");
    return new StanfordCoreNLP(props);
  }

  private static void quiet() {
    // CoreNLP reports every model it loads at INFO level; a command-line user wants quiet.
    RedwoodConfiguration.errorLevel().apply();
  }

  private static Properties properties() {
    Properties props = new Properties();
    // Our paragraphs are separated by a blank line: a sentence never spans two paragraphs.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("ner.applyNumericClassifiers", "true");
    props.setProperty("ner.buildEntityMentions", "true");
    // One CRF model (PERSON, ORGANIZATION, LOCATION, MISC). The fine-grained KBP types cost
    // three quarters of the annotation time; our actor table supplies countries and titles.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("depparse.model", PARSER_MODEL);
    return props;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String text = article.text();
    Annotation doc = new Annotation(text);
    LocalDate published = article.metadata().published();
    if (published != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
    }
    List<Integer> paragraphStarts = paragraphStarts(article);
    splitter.annotate(doc);
    datelines.apply(doc, text, paragraphStarts);
    pipeline.annotate(doc);
    if (ner != null) {
      ner.annotate(doc);
    }
    if (parser != null) {
      parse(doc);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), s, text, paragraphStarts, published));
    }
    return new AnnotatedArticle(article, sentences);
  }

  /** Stores each sentence's enhanced++ graph where the {@code depparse} annotator would. */
  private void parse(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<SemanticGraph> graphs = parser.parse(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      sentences.get(i).set(
          SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          graphs.get(i));
    }
  }

  private Sentence convert(
      int index, CoreMap s, String text, List<Integer> paragraphStarts, LocalDate published) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    int sentenceStart = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int sentenceEnd = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(
          new Token(
              l.index() - 1,
              text.substring(l.beginPosition(), l.endPosition()),
              l.lemma(),
              l.tag(),
              l.ner() == null ? "O" : l.ner(),
              l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
              l.beginPosition(),
              l.endPosition()));
    }
    List<EntityMention> entities = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int begin = m.get(CoreAnnotations.TokenBeginAnnotation.class) - firstToken;
        int end = m.get(CoreAnnotations.TokenEndAnnotation.class) - firstToken;
        int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int stop = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String surface = text.substring(start, stop);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null || isTimeType(type)) {
          String value = timex != null ? timex.value() : null;
          String timexType = timex != null ? timex.timexType() : type;
          value = dateRepair.repair(value, surface, tokens, begin, end, published);
          times.add(new TimeMention(surface, timexType, value, begin, end, start, stop));
        } else {
          entities.add(new EntityMention(surface, type, begin, end, start, stop));
        }
      }
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph =
        s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      graph.getRoots().forEach(r -> deps.add(new Dependency("root", -1, r.index() - 1)));
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getRelation().toString(), e.getGovernor().index() - 1,
                e.getDependent().index() - 1));
      }
    }
    return new Sentence(
        index,
        paragraphOf(sentenceStart, paragraphStarts),
        text.substring(sentenceStart, sentenceEnd),
        sentenceStart,
        sentenceEnd,
        tokens,
        deps,
        entities,
        times);
  }

  private static boolean isTimeType(String type) {
    return "DATE".equals(type)
        || "TIME".equals(type)
        || "DURATION".equals(type)
        || "SET".equals(type);
  }

  private static List<Integer> paragraphStarts(Article article) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < article.paragraphs().size(); i++) {
      starts.add(article.paragraphStart(i));
    }
    return starts;
  }

  private static int paragraphOf(int offset, List<Integer> starts) {
    int p = 0;
    for (int i = 0; i < starts.size(); i++) {
      if (starts.get(i) <= offset) {
        p = i;
      }
    }
    return p;
  }
}

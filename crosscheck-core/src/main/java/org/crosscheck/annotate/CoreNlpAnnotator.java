package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
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
 * <p>SUTime is gated: NER runs with it only on sentences that {@link TimeGate} lets through
 * (time words, numbers, amounts), and without it elsewhere, which gives the same tags and time
 * mentions for a fraction of the cost.
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

  // tokenize and ssplit; then, after datelines are split off, the rest
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP pipeline;
  // With the time gate on, NER runs in two flavours and depparse after them; null when off.
  private final StanfordCoreNLP nerWithTime;
  private final StanfordCoreNLP nerWithoutTime;
  private final FastDependencyParser parser;
  private final TimeGate timeGate = new TimeGate();
  private final DateRepair dateRepair = new DateRepair();
  private final DatelineSplit datelines = new DatelineSplit();

  private CoreNlpAnnotator(
      StanfordCoreNLP splitter,
      StanfordCoreNLP pipeline,
      StanfordCoreNLP nerWithTime,
      StanfordCoreNLP nerWithoutTime,
      FastDependencyParser parser) {
    this.splitter = splitter;
    this.pipeline = pipeline;
    this.nerWithTime = nerWithTime;
    this.nerWithoutTime = nerWithoutTime;
    this.parser = parser;
  }

  /**
   * Loads the models. Slow: call once per JVM. SUTime, a quarter of the annotation time, runs
   * only on sentences whose words can form a time expression; the output is the same as
   * running it everywhere ({@code GatedTimeTest} checks this on the seeds).
   */
  public static CoreNlpAnnotator load() {
    quiet();
    Properties base = properties();
    base.setProperty("annotators", "pos,lemma");
    StanfordCoreNLP upToLemma = new StanfordCoreNLP(base, false);
    Properties ner = properties();
    ner.setProperty("annotators", "ner");
    // The two flavours differ in SUTime alone; the CRF model is small enough to load twice.
    StanfordCoreNLP withTime = new StanfordCoreNLP(ner, false);
    Properties nerNoTime = properties();
    nerNoTime.setProperty("annotators", "ner");
    nerNoTime.setProperty("ner.useSUTime", "false");
    StanfordCoreNLP withoutTime = new StanfordCoreNLP(nerNoTime, false);
    FastDependencyParser parser = FastDependencyParser.load(PARSER_MODEL);
    return new CoreNlpAnnotator(splitter(), upToLemma, withTime, withoutTime, parser);
  }

  /**
   * Loads the models as stock CoreNLP runs them: SUTime on every sentence and the {@code
   * depparse} annotator. The reference for the time gate and the fast parser.
   */
  static CoreNlpAnnotator loadWithoutTimeGate() {
    quiet();
    Properties props = properties();
    props.setProperty("annotators", "pos,lemma,ner,depparse");
    return new CoreNlpAnnotator(splitter(), new StanfordCoreNLP(props, false), null, null, null);
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
    if (nerWithTime != null) {
      recogniseEntities(doc, text);
      parse(doc);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), s, text, paragraphStarts, published));
    }
    return new AnnotatedArticle(article, sentences);
  }

  /**
   * Runs NER with SUTime on the sentences that may hold a time expression and without it on
   * the rest. NER works sentence by sentence, so each flavour gets a document holding only its
   * sentences (the same objects, annotated in place) with the full text and document date.
   */
  private void recogniseEntities(Annotation doc, String text) {
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<String> words = new ArrayList<>();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(l.word());
      }
      (timeGate.mayHoldTime(words) ? timed : plain).add(s);
    }
    if (!timed.isEmpty()) {
      nerWithTime.annotate(part(doc, text, timed));
    }
    if (!plain.isEmpty()) {
      nerWithoutTime.annotate(part(doc, text, plain));
    }
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

  private static Annotation part(Annotation doc, String text, List<CoreMap> sentences) {
    Annotation part = new Annotation(text);
    part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    String date = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    return part;
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

package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser ({@code depparse}) with the same output, faster: the
 * transition loop of {@code DependencyParser.predict} runs here with {@link TransitionScorer} in
 * place of CoreNLP's classifier, and only the enhanced++ graph our records carry is built (the
 * {@code depparse} annotator builds five graphs per sentence). Two more savings, neither
 * changing a move: the sentences of a call advance together so that the scorer's output layer
 * serves all of them with one pass over its weights, and which transitions apply is decided from
 * the configuration once per step rather than by parsing each transition's name.
 *
 * <p>CoreNLP keeps the pieces needed for this private (the classifier, its precomputed
 * activations, the transition list, the conversion of a finished parse into a grammatical
 * structure), so they are read by reflection once, at load; the model, its feature extraction
 * and its transition system stay CoreNLP's own. {@code FastDependencyParserTest} checks that every
 * edge of every seed sentence matches the {@code depparse} annotator, and that the applicability
 * rule equals {@code ArcStandard.canApply} on random walks.
 *
 * <p>Thread-safe: parsing state lives in local variables and CoreNLP's model is read-only.
 */
final class FastDependencyParser {

  private static final byte LEFT = 0;
  private static final byte RIGHT = 1;
  private static final byte SHIFT = 2;

  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  // Each transition's kind and whether its label is the root label, read once from its name:
  // ArcStandard.canApply parses the name on every call (83 calls a step), while the answer
  // depends only on the kind, the label rule and three numbers of the configuration.
  private final byte[] kinds;
  private final boolean[] rootLabelled;
  private final boolean singleRoot;
  private final TransitionScorer scorer;
  private final Method featureArray;
  private final Method relation;
  private final Method structure;

  private FastDependencyParser(DependencyParser parser) throws ReflectiveOperationException {
    this.parser = parser;
    this.system = (ArcStandard) field(DependencyParser.class, "system").get(parser);
    @SuppressWarnings("unchecked")
    List<String> t = (List<String>) field(ParsingSystem.class, "transitions").get(system);
    this.transitions = List.copyOf(t);
    String rootLabel = (String) field(ParsingSystem.class, "rootLabel").get(system);
    this.singleRoot = field(ArcStandard.class, "singleRoot").getBoolean(system);
    this.kinds = new byte[transitions.size()];
    this.rootLabelled = new boolean[transitions.size()];
    for (int j = 0; j < kinds.length; j++) {
      // The same reading of a name as ArcStandard's: "L(label)", "R(label)", anything else shifts.
      String name = transitions.get(j);
      kinds[j] = name.startsWith("L") ? LEFT : name.startsWith("R") ? RIGHT : SHIFT;
      rootLabelled[j] =
          kinds[j] != SHIFT && name.substring(2, name.length() - 1).equals(rootLabel);
    }
    Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
    Config config = (Config) field(Classifier.class, "config").get(classifier);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap =
        (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
    double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
    this.scorer =
        new TransitionScorer(
            classifier.getW1(),
            classifier.getE(),
            classifier.getb1(),
            classifier.getW2(),
            saved == null ? new double[0][] : saved,
            saved == null ? Map.of() : preMap,
            Config.numTokens,
            config.numCached != 0);
    if (scorer.transitions() != transitions.size()) {
      throw new IllegalStateException("the model's transitions do not match its output layer");
    }
    this.featureArray = method("getFeatureArray", Configuration.class);
    this.relation = method("makeGrammaticalRelation", String.class);
    this.structure = method("makeGrammaticalStructure", List.class, TreeGraphNode.class);
  }

  /** Loads the model (a classpath resource such as CoreNLP's {@code english_UD.gz}). */
  static FastDependencyParser load(String model) {
    try {
      return new FastDependencyParser(DependencyParser.loadFromModelFile(model, new Properties()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this CoreNLP version hides the parser differently", e);
    }
  }

  /**
   * The enhanced++ dependency graph of each sentence (tokens with POS tags), in order, as the
   * {@code depparse} annotator would store it.
   */
  List<SemanticGraph> parse(List<CoreMap> sentences) {
    Configuration[] parses = predict(sentences);
    List<SemanticGraph> graphs = new ArrayList<>(sentences.size());
    for (int i = 0; i < parses.length; i++) {
      graphs.add(
          SemanticGraphFactory.makeFromTree(
              structure(sentences.get(i), parses[i]),
              SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
              GrammaticalStructure.Extras.NONE,
              null));
    }
    return graphs;
  }

  /**
   * {@code DependencyParser.predict} for each sentence, with the scorer: the finished
   * configurations, in order.
   *
   * <p>The sentences advance together, one transition each per round, so that the scorer's
   * output layer serves all of them with one pass over its weights; each sentence still gets
   * exactly the moves it would get alone.
   */
  Configuration[] predict(List<CoreMap> sentences) {
    // Slices of W1 for words outside the precomputed set: names and rare words repeat within an
    // article, so one cache per call saves most of their cost.
    Map<Integer, double[]> slices = new HashMap<>();
    int n = transitions.size();
    Configuration[] configurations = new Configuration[sentences.size()];
    List<Integer> parsing = new ArrayList<>();
    for (int s = 0; s < configurations.length; s++) {
      configurations[s] = start(sentences.get(s));
      parsing.add(s);
    }
    boolean[][] applicable = new boolean[configurations.length][n];
    double[][] hidden = new double[configurations.length][];
    double[][] scores = new double[configurations.length][n];
    int[] scored = new int[configurations.length];
    parsing.removeIf(s -> system.isTerminal(configurations[s]));
    while (!parsing.isEmpty()) {
      int count = 0;
      for (int s : parsing) {
        Configuration c = configurations[s];
        int moves = applicable(c, applicable[s]);
        // With one move possible CoreNLP's scores only confirm it.
        if (moves > 1) {
          hidden[count] = scorer.hidden(features(c), slices);
          scored[count++] = s;
        } else {
          apply(c, moves == 1 ? first(applicable[s]) : -1);
        }
      }
      scorer.scores(hidden, count, scores);
      for (int k = 0; k < count; k++) {
        apply(configurations[scored[k]], best(applicable[scored[k]], scores[k]));
      }
      parsing.removeIf(s -> system.isTerminal(configurations[s]));
    }
    return configurations;
  }

  /** The first of the highest scores wins, as in CoreNLP (strictly greater replaces). */
  private static int best(boolean[] applicable, double[] scores) {
    double bestScore = Double.NEGATIVE_INFINITY;
    int best = -1;
    for (int j = 0; j < scores.length; j++) {
      if (applicable[j] && scores[j] > bestScore) {
        bestScore = scores[j];
        best = j;
      }
    }
    return best;
  }

  /** The initial configuration: the root on the stack, the sentence in the buffer. */
  Configuration start(CoreMap sentence) {
    return system.initialConfiguration(sentence);
  }

  int transitions() {
    return transitions.size();
  }

  /** Applies transition number {@code transition} as CoreNLP does (-1: none applicable). */
  void apply(Configuration c, int transition) {
    system.apply(c, transition < 0 ? null : transitions.get(transition));
  }

  /**
   * Marks the transitions {@code ArcStandard.canApply} allows in configuration {@code c} and
   * returns how many there are.
   */
  int applicable(Configuration c, boolean[] applicable) {
    int stack = c.getStackSize();
    int buffer = c.getBufferSize();
    boolean left = stack > 2;
    boolean right = singleRoot ? stack > 2 || (stack == 2 && buffer == 0) : stack >= 2;
    boolean shift = buffer > 0;
    // An arc to the root node (0) takes the root label and only it; no head (-1), no arc.
    int leftHead = c.getStack(0);
    int rightHead = c.getStack(1);
    int count = 0;
    for (int j = 0; j < kinds.length; j++) {
      boolean ok =
          switch (kinds[j]) {
            case LEFT -> left && fits(leftHead, rootLabelled[j]);
            case RIGHT -> right && fits(rightHead, rootLabelled[j]);
            default -> shift;
          };
      applicable[j] = ok;
      count += ok ? 1 : 0;
    }
    return count;
  }

  private static int first(boolean[] marked) {
    int j = 0;
    while (!marked[j]) {
      j++;
    }
    return j;
  }

  private static boolean fits(int head, boolean rootLabel) {
    return head >= 0 && (head == 0) == rootLabel;
  }

  /** {@code ArcStandard.canApply} itself, the reference for {@link #applicable}. */
  boolean stockCanApply(Configuration c, int transition) {
    return system.canApply(c, transitions.get(transition));
  }

  /** The busy-work of {@code DependencyParser.predict}: the parse as a grammatical structure. */
  private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>();
    for (int i = 1; i <= c.getSentenceSize(); i++) {
      int head = c.getHead(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation rel =
          head == 0 ? GrammaticalRelation.ROOT : (GrammaticalRelation) invoke(relation,
              c.getLabel(i));
      dependencies.add(new TypedDependency(rel, governor, word));
    }
    return (GrammaticalStructure) invoke(structure, dependencies, new TreeGraphNode(root));
  }

  private int[] features(Configuration c) {
    return (int[]) invoke(featureArray, c);
  }

  private Object invoke(Method m, Object... args) {
    try {
      return m.invoke(parser, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Method method(String name, Class<?>... types) throws NoSuchMethodException {
    Method m = DependencyParser.class.getDeclaredMethod(name, types);
    m.setAccessible(true);
    return m;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}

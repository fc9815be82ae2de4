package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.crosscheck.model.Article;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast parser must give, edge for edge, the enhanced++ graph of CoreNLP's {@code depparse}
 * annotator: same heads, same relation names (with their case and conjunction parts), same
 * order.
 */
class FastDependencyParserTest {

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  private static StanfordCoreNLP stock;
  private static FastDependencyParser fast;

  @BeforeAll
  static void load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("depparse.model", MODEL);
    stock = new StanfordCoreNLP(props);
    fast = FastDependencyParser.load(MODEL);
  }

  @Test
  void writtenSentencesParseAsWithDepparse() {
    assertSameParses(
        "The minister, who arrived on Monday, said the talks had failed and blamed the rebels.\n\n"
            + "Prices rose by 3.5 percent in March, according to the agency.\n\n"
            + "\"We will not negotiate,\" said Ana Kowalczyk, a spokeswoman for the ministry.\n\n"
            + "Troops were sent to the border by the government and its allies.\n\n"
            + "Go.\n\n"
            + "Zyxqor Vlemtak of Quarnbia met Plitz and Drovanek in Ushkabar.");
  }

  @Test
  void seedArticlesParseAsWithDepparse() {
    for (Article a : Seeds.articles().values()) {
      assertSameParses(a.text());
    }
  }

  @Test
  void applicabilityEqualsArcStandardsOnRandomWalks() {
    // Random moves reach configurations a parse rarely does (an early root arc, a long stack):
    // in each, every one of the transitions must be allowed exactly when ArcStandard allows it.
    Random random = new Random(7);
    Annotation doc = new Annotation("Zyxqor Vlemtak of Quarnbia met Plitz and Drovanek in Ushkabar.\n\n"
        + "Prices rose by 3.5 percent in March, according to the agency.\n\nGo.");
    stock.annotate(doc);
    int checked = 0;
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (int walk = 0; walk < 50; walk++) {
        Configuration c = fast.start(sentence);
        boolean[] applicable = new boolean[fast.transitions()];
        while (fast.applicable(c, applicable) > 0) {
          List<Integer> allowed = new ArrayList<>();
          for (int t = 0; t < applicable.length; t++) {
            assertThat(applicable[t]).as("transition %d in %s", t, c).isEqualTo(fast.stockCanApply(c, t));
            if (applicable[t]) {
              allowed.add(t);
            }
          }
          fast.apply(c, allowed.get(random.nextInt(allowed.size())));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  private static void assertSameParses(String text) {
    Annotation doc = new Annotation(text);
    stock.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<SemanticGraph> ours = fast.parse(sentences);
    assertThat(ours).hasSameSizeAs(sentences);
    for (int i = 0; i < sentences.size(); i++) {
      SemanticGraph expected =
          sentences.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      assertThat(edges(ours.get(i)))
          .as("sentence: %s", sentences.get(i))
          .isEqualTo(edges(expected));
    }
  }

  private static List<String> edges(SemanticGraph g) {
    List<String> out = new ArrayList<>();
    g.getRoots().forEach(r -> out.add("root(" + r.index() + ")"));
    for (SemanticGraphEdge e : g.edgeIterable()) {
      out.add(e.getRelation() + "(" + e.getGovernor().index() + "," + e.getDependent().index()
          + (e.isExtra() ? ",extra" : "") + ")");
    }
    return out;
  }
}

package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.SourceDocument;

/**
 * Everything one read produced: the documents in input order, the problems, and the warnings.
 *
 * @param documents the documents read, in input order
 * @param problems sources or documents that could not be read
 * @param warnings notes that did not stop a document ("source: message")
 * @since 0.1
 */
public record IngestResult(
    List<SourceDocument> documents, List<IngestProblem> problems, List<String> warnings) {

  public IngestResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** How many problems of each reason, in the order of {@link Reason}. */
  public Map<Reason, Integer> problemCounts() {
    return countByReason(problems);
  }

  /** A one-line summary for the user, e.g. "read 5 documents; 2 failed (binary 1, empty 1)". */
  public String summary() {
    return summarize(documents.size(), "document", problems);
  }

  /** Counts problems by reason, in the order of {@link Reason}. */
  public static Map<Reason, Integer> countByReason(List<IngestProblem> problems) {
    Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
    for (IngestProblem p : problems) {
      counts.merge(p.reason(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * The summary line for {@code succeeded} items and the given problems.
   *
   * @param noun what was read, singular ("article"); an "s" is added for more than one
   */
  public static String summarize(int succeeded, String noun, List<IngestProblem> problems) {
    String read = "read " + succeeded + " " + noun + (succeeded == 1 ? "" : "s");
    if (problems.isEmpty()) {
      return read + "; no problems";
    }
    List<String> parts = new ArrayList<>();
    countByReason(problems).forEach((reason, n) -> parts.add(reason.label() + " " + n));
    return read + "; " + problems.size() + " failed (" + String.join(", ", parts) + ")";
  }

  /** Collects a streaming read into a result. Not thread-safe; one per read. */
  static final class Collector implements IngestSink {
    private final List<SourceDocument> documents = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void document(SourceDocument document) {
      documents.add(document);
    }

    @Override
    public void problem(IngestProblem problem) {
      problems.add(problem);
    }

    @Override
    public void warning(String source, String message) {
      warnings.add(source + ": " + message);
    }

    IngestResult result() {
      return new IngestResult(documents, problems, warnings);
    }
  }
}

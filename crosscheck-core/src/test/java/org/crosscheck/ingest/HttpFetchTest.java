package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.ingest.Fixtures.PAGE;
import static org.crosscheck.ingest.Fixtures.allowPrivate;
import static org.crosscheck.ingest.Fixtures.reasons;

import java.net.InetAddress;
import java.nio.charset.Charset;
import java.util.List;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.junit.jupiter.api.Test;

/** URLs are fetched with limits, redirects are checked hop by hop, private hosts are refused. */
class HttpFetchTest {

  @Test
  void aPageIsFetchedAndItsFinalUrlIsTheLocation() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/news/talks", "text/html; charset=utf-8", PAGE).redirect("/old", "/news/talks");

      IngestResult result = Ingest.read(List.of(server.url("/old")), allowPrivate());

      assertThat(result.problems()).isEmpty();
      SourceDocument doc = result.documents().get(0);
      assertThat(doc.format()).isEqualTo(Format.HTML);
      assertThat(doc.location()).isEqualTo(server.url("/news/talks"));
      assertThat(doc.id()).isEqualTo("127.0.0.1/news/talks");
      assertThat(doc.hints().url()).isEqualTo(server.url("/news/talks"));
    }
  }

  @Test
  void theHttpCharsetDecodesThePage() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page(
          "/a",
          "text/plain; charset=ISO-8859-15",
          "Co\u00fbt 5\u20ac".getBytes(Charset.forName("ISO-8859-15")));

      IngestResult result = Ingest.read(List.of(server.url("/a")), allowPrivate());

      assertThat(result.documents().get(0).content()).isEqualTo("Co\u00fbt 5\u20ac");
      assertThat(result.documents().get(0).format()).isEqualTo(Format.TEXT);
    }
  }

  @Test
  void fiveRedirectsAreFollowedButNotSix() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/end", "text/html", PAGE);
      for (int i = 0; i < 6; i++) {
        server.redirect("/r" + i, i == 5 ? "/end" : "/r" + (i + 1));
      }

      IngestResult five = Ingest.read(List.of(server.url("/r1")), allowPrivate());
      IngestResult six = Ingest.read(List.of(server.url("/r0")), allowPrivate());

      assertThat(five.documents()).hasSize(1);
      assertThat(reasons(six)).containsExactly(Reason.TOO_MANY_REDIRECTS);
    }
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/a", "text/html", PAGE);

      IngestResult result = Ingest.read(List.of(server.url("/a")), IngestOptions.defaults());

      assertThat(reasons(result)).containsExactly(Reason.REFUSED_ADDRESS);
      assertThat(result.problems().get(0).message()).contains("loopback");
    }
  }

  @Test
  void everyRedirectHopIsCheckedAgainstSchemeAndAddressPolicy() throws Exception {
    // A public start cannot be served from a test, so the check is shown on the policy itself
    // and on a redirect to a non-http scheme, which the same per-hop check stops.
    try (LocalServer server = new LocalServer()) {
      server.redirect("/a", "file:///etc/passwd");

      IngestResult result = Ingest.read(List.of(server.url("/a")), allowPrivate());

      assertThat(reasons(result)).containsExactly(Reason.UNSUPPORTED);
    }
    AddressPolicy strict = new AddressPolicy(false);
    assertThat(strict.whyRefused(InetAddress.getByName("10.1.2.3"))).contains("private");
    assertThat(strict.whyRefused(InetAddress.getByName("169.254.169.254"))).contains("link-local");
    assertThat(strict.whyRefused(InetAddress.getByName("fd00::1"))).contains("unique-local");
    assertThat(strict.whyRefused(InetAddress.getByName("100.64.0.1"))).contains("NAT");
    assertThat(strict.whyRefused(InetAddress.getByName("93.184.215.14"))).isNull();
  }

  @Test
  void aPageOverTheSizeLimitIsTooLarge() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/big", "text/html", "<p>" + "x".repeat(5000) + "</p>");
      IngestOptions small = allowPrivate().toBuilder().maxBytes(1000).build();

      IngestResult result = Ingest.read(List.of(server.url("/big")), small);

      assertThat(reasons(result)).containsExactly(Reason.TOO_LARGE);
    }
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsAFailedFetch() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.slow("/slow", 1500);
      IngestOptions impatient =
          allowPrivate().toBuilder().readTimeout(java.time.Duration.ofMillis(300)).build();

      long start = System.nanoTime();
      IngestResult result = Ingest.read(List.of(server.url("/slow")), impatient);

      assertThat(reasons(result)).containsExactly(Reason.FETCH_FAILED);
      assertThat(System.nanoTime() - start).isLessThan(1_200_000_000L);
    }
  }

  @Test
  void anErrorStatusIsAFailedFetch() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.status("/gone", 410);

      IngestResult result = Ingest.read(List.of(server.url("/gone")), allowPrivate());

      assertThat(reasons(result)).containsExactly(Reason.FETCH_FAILED);
      assertThat(result.problems().get(0).message()).contains("410");
    }
  }

  @Test
  void anEmptyPageIsEmpty() throws Exception {
    try (LocalServer server = new LocalServer()) {
      server.page("/empty", "text/html", "");

      IngestResult result = Ingest.read(List.of(server.url("/empty")), allowPrivate());

      assertThat(reasons(result)).containsExactly(Reason.EMPTY);
    }
  }
}

package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory, cancelling the download as soon as it passes the size
 * limit, so a huge or endless response costs at most {@code limit} bytes. One per response.
 */
final class LimitedBody implements BodySubscriber<byte[]> {

  /** Signals that the body passed the limit; carries no stack trace. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("larger than the limit of " + limit + " bytes", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private final long limit;
  private final long declaredLength;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  /**
   * @param declaredLength the Content-Length header, or -1
   */
  LimitedBody(long limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > limit) {
      // Refuse before downloading a byte when the server says how big it is.
      s.cancel();
      result.completeExceptionally(new TooLarge(limit));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      if (out.size() + (long) buffer.remaining() > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}

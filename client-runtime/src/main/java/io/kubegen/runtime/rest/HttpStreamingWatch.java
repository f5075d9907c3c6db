package io.kubegen.runtime.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubegen.runtime.api.WatchEvent;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watch over a chunked HTTP response, as client-go watches: a stream of JSON documents, one per
 * event. The stream is parsed as a sequence of JSON values rather than split on newlines, so an
 * event split across chunks, or two events in one chunk without a newline, decode alike.
 *
 * <p>One daemon reader thread per watch parses the body and feeds a bounded queue; when the
 * consumer falls behind, the reader blocks and TCP flow control slows the server. {@link #close()}
 * closes the body, which unblocks the reader, and ends the queue, which unblocks {@link #next()}.
 */
final class HttpStreamingWatch<T> implements Watch<T> {
  private static final Logger LOG = LoggerFactory.getLogger(HttpStreamingWatch.class);
  private static final AtomicLong THREAD_IDS = new AtomicLong();
  /** Events parsed ahead of the consumer. */
  static final int BUFFERED_EVENTS = 64;
  private static final int MAX_ERROR_BODY = 1 << 20;
  private static final long CLOSE_JOIN_MILLIS = 2_000;
  private static final Object END = new Object();

  private final String target;
  private final InputStream body;
  private final WatchEventDecoder<T> decoder;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BUFFERED_EVENTS);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread reader;
  private volatile boolean ended;

  private HttpStreamingWatch(String target, String resource, InputStream body, WatchEventDecoder<T> decoder) {
    this.target = target;
    this.body = body;
    this.decoder = decoder;
    this.reader = new Thread(this::readLoop, "kubegen-watch-" + resource + "-" + THREAD_IDS.incrementAndGet());
    this.reader.setDaemon(true);
  }

  /** Sends the watch request and starts reading once the server has accepted it. */
  static <T> Watch<T> open(HttpClient client, HttpRequest request, WatchEventDecoder<T> decoder, String resource) {
    String target = ApiErrors.requestTarget(request.uri());
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw WatchStreams.noResponse(request, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw WatchStreams.noResponse(request, e);
    }
    int code = response.statusCode();
    if (code < 200 || code > 299) {
      byte[] errorBody;
      try (InputStream in = response.body()) {
        errorBody = in.readNBytes(MAX_ERROR_BODY);
      } catch (IOException e) {
        errorBody = new byte[0];
      }
      LOG.debug("watch {} (HTTP streaming) refused with {}", target, code);
      throw ApiErrors.fromResponse(request.method(), request.uri(), code, errorBody,
          response.headers().firstValue("Retry-After").orElse(null));
    }
    HttpStreamingWatch<T> watch = new HttpStreamingWatch<>(target, resource, response.body(), decoder);
    LOG.debug("watch {} (HTTP streaming) started, reader {}", target, watch.reader.getName());
    watch.reader.start();
    return watch;
  }

  @Override
  @SuppressWarnings("unchecked")
  public WatchEvent<T> next() throws InterruptedException {
    if (closed.get() || ended) {
      return null;
    }
    Object item = queue.take();
    if (item == END) {
      ended = true;
      queue.offer(END); // for any other thread waiting in next()
      return null;
    }
    return closed.get() ? null : (WatchEvent<T>) item;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.debug("watch {} (HTTP streaming) closed by the client", target);
    queue.clear();
    queue.offer(END);
    reader.interrupt();
    closeBody();
    if (Thread.currentThread() != reader) {
      try {
        reader.join(CLOSE_JOIN_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void readLoop() {
    String reason = "the server ended the stream";
    try (JsonParser parser = decoder.mapper().getFactory().createParser(body)) {
      while (!closed.get()) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          break;
        }
        if (token != JsonToken.START_OBJECT) {
          reason = "the stream holds a " + token + " where an event should start";
          emit(WatchEvent.error(WatchEventDecoder.internalError(
              "malformed watch stream: expected a JSON object for an event, found " + token)));
          break;
        }
        JsonNode event = decoder.mapper().readTree(parser);
        emit(decoder.decode(event));
      }
    } catch (JsonEOFException e) {
      reason = "the stream was cut in the middle of an event";
    } catch (JsonProcessingException e) {
      if (closed.get()) {
        reason = "closed";
      } else {
        reason = "the stream holds malformed JSON";
        emitQuietly(WatchEvent.error(WatchEventDecoder.internalError(
            "malformed watch stream: " + e.getOriginalMessage())));
      }
    } catch (IOException e) {
      reason = closed.get() ? "closed" : "the connection broke: " + e;
    } catch (InterruptedException e) {
      reason = "closed";
    } catch (RuntimeException e) {
      reason = "unexpected failure: " + e;
      emitQuietly(WatchEvent.error(WatchEventDecoder.internalError("watch reader failed: " + e)));
    } finally {
      closeBody();
      LOG.debug("watch {} (HTTP streaming) ended: {}", target, reason);
      if (!closed.get()) {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          // close() interrupted the put, and ends the queue itself.
        }
      }
    }
  }

  private void emit(WatchEvent<T> event) throws InterruptedException {
    queue.put(event);
  }

  private void emitQuietly(WatchEvent<T> event) {
    try {
      emit(event);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeBody() {
    try {
      body.close();
    } catch (IOException e) {
      LOG.debug("watch {}: closing the response body failed: {}", target, e.toString());
    }
  }
}

package io.kubegen.runtime.clientcmd;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures everything slf4j-simple writes while it is open, with the given loggers at trace. slf4j-simple writes to the current {@code System.err} (see simplelogger.properties), so
 * capturing means replacing it; log levels are fixed when a logger is created, so raising them
 * for one test means setting slf4j-simple's level field, which is restored on close. Fails
 * loudly rather than capturing nothing if the binding is not slf4j-simple.
 */
final class LogCapture implements AutoCloseable {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream previousErr;
  private final Map<Logger, Integer> previousLevels = new LinkedHashMap<>();

  private LogCapture(String... loggerNames) {
    for (String name : loggerNames) {
      Logger logger = LoggerFactory.getLogger(name);
      previousLevels.put(logger, setLevel(logger, traceLevel(logger)));
    }
    previousErr = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  /** Starts capturing, with these loggers (class names) at trace. */
  static LogCapture start(String... loggerNames) {
    return new LogCapture(loggerNames);
  }

  /** Everything written so far. */
  String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.setErr(previousErr);
    previousLevels.forEach(LogCapture::setLevel);
  }

  private static Field field(Logger logger, String name) {
    for (Class<?> c = logger.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // try the superclass
      }
    }
    throw new IllegalStateException("LogCapture needs slf4j-simple's SimpleLogger." + name
        + ", but the logger is a " + logger.getClass().getName());
  }

  private static int traceLevel(Logger logger) {
    try {
      return field(logger, "LOG_LEVEL_TRACE").getInt(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets the level, returning the previous one. */
  private static int setLevel(Logger logger, int level) {
    try {
      Field f = field(logger, "currentLogLevel");
      int previous = f.getInt(logger);
      f.setInt(logger, level);
      if (!logger.isTraceEnabled() && level == traceLevel(logger)) {
        throw new IllegalStateException("setting slf4j-simple's level had no effect");
      }
      return previous;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}

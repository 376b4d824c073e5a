package io.telecogateway.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the records of one logger while open. */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogCapture(Logger logger) {
    this.logger = logger;
  }

  public static LogCapture of(Class<?> loggingClass) {
    LogCapture capture = new LogCapture(Logger.getLogger(loggingClass.getName()));
    capture.logger.addHandler(capture);
    return capture;
  }

  /** Collects the records of every logger, at the levels their configuration lets through. */
  public static LogCapture all() {
    LogCapture capture = new LogCapture(Logger.getLogger(""));
    capture.logger.addHandler(capture);
    return capture;
  }

  /**
   * Returns each record as a console line would show it in full: level, logger, formatted message,
   * log context and the stack trace of its exception.
   */
  public List<String> lines() {
    return records.stream().map(LogCapture::fullText).toList();
  }

  private static String fullText(LogRecord record) {
    StringBuilder text = new StringBuilder();
    text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ');
    text.append(record.getMessage() != null ? formatted(record) : "");
    if (record instanceof org.jboss.logmanager.ExtLogRecord ext) {
      text.append(' ').append(ext.getMdcCopy());
    }
    if (record.getThrown() != null) {
      StringWriter trace = new StringWriter();
      record.getThrown().printStackTrace(new PrintWriter(trace));
      text.append('\n').append(trace);
    }
    return text.toString();
  }

  /** Returns the messages logged at WARN (JUL's WARNING) or above, formatted. */
  public List<String> warnings() {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .map(r -> r.getMessage() != null ? formatted(r) : "")
        .toList();
  }

  private static String formatted(LogRecord record) {
    return record instanceof org.jboss.logmanager.ExtLogRecord ext
        ? ext.getFormattedMessage()
        : record.getMessage();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}

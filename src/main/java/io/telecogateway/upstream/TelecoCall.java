package io.telecogateway.upstream;

/**
 * One of Teleco's calls, as logs and metrics name it and as failure mapping, timeouts and retries
 * need to know it.
 *
 * @param path the path template, such as {@code /api/inventories/{id}}; never a filled-in path
 * @param type decides which timeout applies and how a timeout is reported
 * @param retryClass decides which failures may be retried
 * @param checkHint for a write, how a caller checks whether the write happened when its outcome is
 *     unknown; empty for other calls
 */
record TelecoCall(String method, String path, Type type, RetryClass retryClass, String checkHint) {

  /** What a call does, which decides its timeout and how a timeout is reported. */
  enum Type {
    /** The login, which obtains an api key and changes nothing. */
    LOGIN,
    /** A call that changes nothing, whatever its HTTP method (search is a POST). */
    READ,
    /** A call that may change the account. */
    WRITE
  }

  /** Whether sending a call again can do harm, which decides the failures that are retried. */
  enum RetryClass {
    /** Changes nothing: retried after the upstream faults that {@link UpstreamFaults} lists. */
    READ,
    /**
     * Leaves the account in the same state however often it is sent, so it is retried like a read.
     */
    IDEMPOTENT_WRITE,
    /**
     * Would act twice if sent twice (an order, a route, a creation): retried only when the
     * connection could not be opened, because then Teleco never received the request.
     */
    NON_IDEMPOTENT_WRITE
  }

  static TelecoCall login(String method, String path) {
    return new TelecoCall(method, path, Type.LOGIN, RetryClass.READ, "");
  }

  static TelecoCall read(String method, String path) {
    return new TelecoCall(method, path, Type.READ, RetryClass.READ, "");
  }

  /** Describes a write that must not be sent twice. */
  static TelecoCall write(String method, String path, String checkHint) {
    return new TelecoCall(method, path, Type.WRITE, RetryClass.NON_IDEMPOTENT_WRITE, checkHint);
  }

  /** Describes a write whose repetition leaves the account as a single one would. */
  static TelecoCall idempotentWrite(String method, String path, String checkHint) {
    return new TelecoCall(method, path, Type.WRITE, RetryClass.IDEMPOTENT_WRITE, checkHint);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}

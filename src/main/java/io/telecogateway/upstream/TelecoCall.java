package io.telecogateway.upstream;

/**
 * One of Teleco's calls, as logs name it and as failure mapping needs to know it.
 *
 * @param path the path template, such as {@code /api/inventories/{id}}; never a filled-in path
 * @param checkHint for a write, how a caller checks whether the write happened when its outcome is
 *     unknown; empty for other calls
 */
record TelecoCall(String method, String path, Type type, String checkHint) {

  /** What a call does, which decides how a timeout is reported. */
  enum Type {
    /** The login, which obtains an api key and changes nothing. */
    LOGIN,
    /** A call that changes nothing, whatever its HTTP method (search is a POST). */
    READ,
    /** A call that may change the account. */
    WRITE
  }

  static TelecoCall login(String method, String path) {
    return new TelecoCall(method, path, Type.LOGIN, "");
  }

  static TelecoCall read(String method, String path) {
    return new TelecoCall(method, path, Type.READ, "");
  }

  static TelecoCall write(String method, String path, String checkHint) {
    return new TelecoCall(method, path, Type.WRITE, checkHint);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}

package io.telecogateway.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the provider's calls: a method and a path template such as {@code /api/inventories/{id}}.
 *
 * @param authenticated false only for login, which takes no Basic credentials
 * @param queryParams the query parameters the call accepts; any other one is an invalid request
 */
record ApiRoute(
    String method,
    String template,
    Pattern pattern,
    List<String> paramNames,
    boolean authenticated,
    Set<String> queryParams,
    ApiHandler handler) {

  /** Handles one call and returns the response. */
  @FunctionalInterface
  interface ApiHandler {
    ApiResponse handle(ApiCall call);
  }

  private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

  static ApiRoute of(String method, String template, ApiHandler handler) {
    return build(method, template, true, Set.of(), handler);
  }

  static ApiRoute withQuery(
      String method, String template, Set<String> queryParams, ApiHandler handler) {
    return build(method, template, true, queryParams, handler);
  }

  static ApiRoute unauthenticated(String method, String template, ApiHandler handler) {
    return build(method, template, false, Set.of(), handler);
  }

  /**
   * Returns the path parameters when the raw request path matches the template, or null. A
   * parameter matches one non-empty path segment.
   */
  Map<String, String> match(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int index = 0; index < paramNames.size(); index++) {
      params.put(paramNames.get(index), matcher.group(index + 1));
    }
    return params;
  }

  private static ApiRoute build(
      String method,
      String template,
      boolean authenticated,
      Set<String> queryParams,
      ApiHandler handler) {
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher matcher = PARAM.matcher(template);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start())));
      regex.append("([^/]+)");
      names.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new ApiRoute(
        method,
        template,
        Pattern.compile(regex.toString()),
        List.copyOf(names),
        authenticated,
        Set.copyOf(queryParams),
        handler);
  }
}

package io.telecogateway.api;

import io.telecogateway.problem.ErrorCode;
import io.telecogateway.problem.ProblemResponses;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds the {@code Allow} header that RFC 9110 requires on a 405 response, which RESTEasy Reactive
 * leaves out. The allowed methods are read once from the JAX-RS annotations of the resource beans.
 */
public class AllowHeaderFilter {

  private static final String ALLOW = "Allow";

  private final List<Route> routes;

  public AllowHeaderFilter(BeanManager beans) {
    this.routes = routesOf(beans);
  }

  /**
   * Rejects {@code OPTIONS} under {@code /v1} with 405. The API serves other services, not
   * browsers, so it has no CORS preflight to handle. JAX-RS would otherwise return 200 on any path,
   * matched or not, and the metrics would record each such path as its own series.
   */
  @ServerRequestFilter(preMatching = true)
  public Response rejectOptions(ContainerRequestContext request) {
    if (!HttpMethod.OPTIONS.equals(request.getMethod())
        || !request.getUriInfo().getPath().startsWith("/v1")) {
      return null;
    }
    String allowed = allowedMethods(request.getUriInfo().getPath());
    return ProblemResponses.of(
        ErrorCode.METHOD_NOT_ALLOWED,
        405,
        "OPTIONS is not served: this API answers no CORS preflight.",
        List.of(),
        allowed.isEmpty() ? Map.of() : Map.of(ALLOW, allowed));
  }

  @ServerResponseFilter
  public void addAllowHeader(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 405 || response.getHeaders().containsKey(ALLOW)) {
      return;
    }
    String allowed = allowedMethods(request.getUriInfo().getPath());
    if (!allowed.isEmpty()) {
      response.getHeaders().putSingle(ALLOW, allowed);
    }
  }

  /** Returns the methods allowed on a path, comma-separated, or an empty text for none. */
  String allowedMethods(String path) {
    Set<String> methods = new TreeSet<>();
    for (Route route : routes) {
      if (route.pattern().matcher(path).matches()) {
        methods.add(route.method());
      }
    }
    if (methods.contains("GET")) {
      methods.add("HEAD");
    }
    return String.join(", ", methods);
  }

  // NOTE: the annotations are read by reflection, which has not been checked in a native image.
  private static List<Route> routesOf(BeanManager beans) {
    List<Route> routes = new ArrayList<>();
    for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
      Path classPath = bean.getBeanClass().getAnnotation(Path.class);
      if (classPath == null) {
        continue;
      }
      for (Method method : bean.getBeanClass().getMethods()) {
        String httpMethod = httpMethodOf(method);
        if (httpMethod != null) {
          Path methodPath = method.getAnnotation(Path.class);
          String template =
              classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
          routes.add(new Route(patternOf(template), httpMethod));
        }
      }
    }
    return List.copyOf(routes);
  }

  private static String httpMethodOf(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (httpMethod != null) {
        return httpMethod.value();
      }
    }
    return null;
  }

  /** Turns a JAX-RS path template into a pattern: each {@code {param}} matches one segment. */
  static Pattern patternOf(String template) {
    String normalized = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    StringBuilder regex = new StringBuilder();
    for (String part : normalized.split("\\{[^}]*}", -1)) {
      if (regex.length() > 0) {
        regex.append("[^/]+");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex + "/?");
  }

  private record Route(Pattern pattern, String method) {}
}

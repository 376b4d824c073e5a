package io.telecogateway.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Bean Validation constraint annotation a more precise error code than {@code
 * invalid_request}. A request whose violations all carry the same code gets that code in its
 * problem, and a mix of codes gets {@code invalid_request}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface ReportedAs {

  ErrorCode value();
}

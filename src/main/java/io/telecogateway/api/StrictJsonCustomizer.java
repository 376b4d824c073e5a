package io.telecogateway.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes request bodies strict JSON: a member named twice, or anything after the first JSON value,
 * is a 400. Without this, Jackson keeps the last of two duplicate members (or fails inside a record
 * constructor) and silently ignores a second value, so part of a request would be dropped unseen.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}

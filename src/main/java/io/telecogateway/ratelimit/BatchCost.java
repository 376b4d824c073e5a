package io.telecogateway.ratelimit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * The cost of a batch call: the number of elements of the body's top-level {@code items} array. A
 * body that is not such an object costs 1; the resource rejects it with 400 anyway.
 */
final class BatchCost {

  private static final Logger LOG = Logger.getLogger(BatchCost.class);
  private static final JsonFactory JSON = new JsonFactory();

  private BatchCost() {}

  static long of(byte[] body) {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return 1;
      }
      long items = 0;
      // When "items" appears twice, the last one counts, as it does for the resource.
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("items".equals(field) && value == JsonToken.START_ARRAY) {
          items = countElements(parser);
        } else {
          parser.skipChildren();
        }
      }
      return Math.max(1, items);
    } catch (IOException e) {
      LOG.debugf("Batch body is not valid JSON, charged as one call: %s", e.getMessage());
      return 1;
    }
  }

  private static long countElements(JsonParser parser) throws IOException {
    long count = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        throw new IOException("The items array is not closed");
      }
      parser.skipChildren();
      count++;
    }
    return count;
  }
}

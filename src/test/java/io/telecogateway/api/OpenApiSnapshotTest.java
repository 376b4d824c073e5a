package io.telecogateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares the OpenAPI document at {@code /q/openapi} with the committed snapshot, so that every
 * change to the {@code /v1} contract shows up in review as a change to the snapshot. Both are
 * parsed and compared as trees, so key order and YAML formatting do not matter, but any change to a
 * path, schema, parameter, response, header or example does.
 *
 * <p>Running the test with {@code -Dopenapi.snapshot.update=true} writes the generated document to
 * the snapshot instead of comparing, and then passes.
 */
@QuarkusTest
class OpenApiSnapshotTest {

  /** The snapshot, relative to the project directory, where Maven runs the tests. */
  static final Path SNAPSHOT = Path.of("src/main/resources/openapi/v1-snapshot.yaml");

  static final String UPDATE_PROPERTY = "openapi.snapshot.update";

  private static final int LISTED_DIFFERENCES = 20;
  private static final int SHOWN_VALUE_LENGTH = 100;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void documentMatchesSnapshot() throws IOException {
    String generated =
        given()
            .accept("application/yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(SNAPSHOT.getParent());
      Files.writeString(SNAPSHOT, generated);
      return;
    }

    assertThat(SNAPSHOT).as("the OpenAPI snapshot; " + howToUpdate()).exists();
    List<String> differences = new ArrayList<>();
    compare("", YAML.readTree(SNAPSHOT.toFile()), YAML.readTree(generated), differences);
    assertThat(differences)
        .as(
            "The OpenAPI document differs from %s; up to %d differences are listed as"
                + " <place>: <snapshot> -> <generated>. %s",
            SNAPSHOT, LISTED_DIFFERENCES, howToUpdate())
        .isEmpty();
  }

  private static String howToUpdate() {
    return "If the change to the /v1 contract is intended, regenerate the snapshot with"
        + " ./mvnw test -Dtest=OpenApiSnapshotTest -D"
        + UPDATE_PROPERTY
        + "=true and commit it with the change.";
  }

  /** Adds a line for each place where the two trees differ, up to {@link #LISTED_DIFFERENCES}. */
  private static void compare(
      String place, JsonNode snapshot, JsonNode generated, List<String> differences) {
    if (differences.size() >= LISTED_DIFFERENCES || snapshot.equals(generated)) {
      return;
    }
    if (snapshot.isObject() && generated.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      snapshot.fieldNames().forEachRemaining(keys::add);
      generated.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        compare(
            child(place, key),
            missingIfNull(snapshot.get(key)),
            missingIfNull(generated.get(key)),
            differences);
      }
      return;
    }
    if (snapshot.isArray() && generated.isArray()) {
      for (int i = 0; i < Math.max(snapshot.size(), generated.size()); i++) {
        compare(
            place + "[" + i + "]",
            missingIfNull(snapshot.get(i)),
            missingIfNull(generated.get(i)),
            differences);
      }
      return;
    }
    differences.add(
        (place.isEmpty() ? "<document>" : place)
            + ": "
            + show(snapshot)
            + " -> "
            + show(generated));
  }

  private static JsonNode missingIfNull(JsonNode node) {
    return node == null ? MissingNode.getInstance() : node;
  }

  /**
   * Returns {@code paths["/v1/orders"].post}-style places, quoting keys that are not plain names.
   */
  private static String child(String place, String key) {
    if (key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return place.isEmpty() ? key : place + "." + key;
    }
    return place + "[\"" + key + "\"]";
  }

  private static String show(JsonNode node) {
    if (node.isMissingNode()) {
      return "(absent)";
    }
    String text = node.toString();
    return text.length() <= SHOWN_VALUE_LENGTH
        ? text
        : text.substring(0, SHOWN_VALUE_LENGTH) + "… (" + text.length() + " characters)";
  }
}

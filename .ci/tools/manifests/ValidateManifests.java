import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates Kubernetes manifests (multi-document YAML, as {@code kubectl kustomize} prints them)
 * against the Kubernetes 1.32 API, and rejects every field that the API does not define.
 *
 * <p>Built-in kinds are read with the model classes of the official Kubernetes Java client, which
 * are generated from the Kubernetes OpenAPI document. Their readers reject unknown fields, missing
 * required fields and values of the wrong JSON type, at every depth. The ServiceMonitor custom
 * resource is checked against servicemonitor.schema.json beside this file, a strict subset of the
 * Prometheus Operator's CRD schema. A kind that has neither is an error, so a new kind cannot go
 * unchecked.
 *
 * <p>Usage: {@code java -cp <class path> ValidateManifests.java FILE...}; exits 1 when any
 * document is invalid.
 */
public class ValidateManifests {

  private static final Map<String, Class<?>> BUILT_IN_KINDS =
      Map.of(
          "v1/ConfigMap", V1ConfigMap.class,
          "v1/Secret", V1Secret.class,
          "v1/Service", V1Service.class,
          "apps/v1/Deployment", V1Deployment.class,
          "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
          "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
          "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class);

  private static final String SERVICE_MONITOR = "monitoring.coreos.com/v1/ServiceMonitor";

  private final ObjectMapper yaml = new YAMLMapper(new YAMLFactory());
  private final JsonSchema serviceMonitorSchema;

  private ValidateManifests(Path schemaFile) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    try (InputStream in = Files.newInputStream(schemaFile)) {
      this.serviceMonitorSchema = factory.getSchema(in);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ValidateManifests FILE...");
      System.exit(2);
    }
    Path schemaFile = Path.of(System.getProperty("schema.dir", ".ci/tools/manifests"))
        .resolve("servicemonitor.schema.json");
    ValidateManifests validator = new ValidateManifests(schemaFile);

    int documents = 0;
    List<String> errors = new ArrayList<>();
    for (String arg : args) {
      Path file = Path.of(arg);
      List<JsonNode> docs = validator.readDocuments(file);
      for (JsonNode doc : docs) {
        documents++;
        for (String error : validator.validate(doc)) {
          errors.add(file + ": " + describe(doc) + ": " + error);
        }
      }
    }

    errors.forEach(System.err::println);
    System.out.printf(
        "manifests: %d documents in %d files, %d errors%n", documents, args.length, errors.size());
    System.exit(errors.isEmpty() ? 0 : 1);
  }

  private List<JsonNode> readDocuments(Path file) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var values = yaml.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
      while (values.hasNext()) {
        JsonNode doc = values.next();
        if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
          docs.add(doc);
        }
      }
    }
    return docs;
  }

  private List<String> validate(JsonNode doc) {
    if (!doc.isObject()) {
      return List.of("a document that is not a mapping");
    }
    String apiVersion = doc.path("apiVersion").asText("");
    String kind = doc.path("kind").asText("");
    String key = apiVersion + "/" + kind;

    Class<?> model = BUILT_IN_KINDS.get(key);
    if (model != null) {
      return readStrictly(doc, model);
    }
    if (key.equals(SERVICE_MONITOR)) {
      return validateServiceMonitor((ObjectNode) doc);
    }
    return List.of("no schema for apiVersion '" + apiVersion + "' kind '" + kind + "'");
  }

  /** Reads the document into the model class; the generated reader throws on any mismatch. */
  private static List<String> readStrictly(JsonNode doc, Class<?> model) {
    JsonElement json = JsonParser.parseString(doc.toString());
    try {
      JSON.getGson().fromJson(json, model);
      return List.of();
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
      // The generated messages end with " JSON: " and the whole object, which is left out.
      String message = String.valueOf(e.getMessage());
      int end = message.indexOf(" JSON: ");
      return List.of(end < 0 ? message : message.substring(0, end));
    }
  }

  private List<String> validateServiceMonitor(ObjectNode doc) {
    List<String> errors = new ArrayList<>();
    if (doc.has("metadata")) {
      errors.addAll(readStrictly(doc.get("metadata"), V1ObjectMeta.class));
    }
    ObjectNode withoutMetadata = doc.deepCopy();
    withoutMetadata.remove("metadata");
    Set<ValidationMessage> messages = serviceMonitorSchema.validate(withoutMetadata);
    messages.forEach(message -> errors.add(message.getMessage()));
    return errors;
  }

  private static String describe(JsonNode doc) {
    return doc.path("kind").asText("?") + "/" + doc.path("metadata").path("name").asText("?");
  }
}

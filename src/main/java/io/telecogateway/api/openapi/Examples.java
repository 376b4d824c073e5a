package io.telecogateway.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The examples of each {@code /v1} operation, keyed by operation id. Each {@link Case} is one
 * exchange: the parameters and body of a request, and the status and body of the response the
 * gateway returned for it on the embedded simulator. {@link V1OpenApiFilter} puts a case's parts in
 * the document under the case's name, so that a reader (and {@code OpenApiExamplesOnSimulatorTest},
 * which replays every case) can pair them up.
 *
 * <p>The cases of all operations form one story on the simulator's seed data, in the order of that
 * test: the order of number 103 is the only one, so it is the number that later cases route and
 * forward, and sub client 3 is the one that createSubClient creates.
 */
final class Examples {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One request and its response.
   *
   * @param parameters path, query and header parameters by name
   * @param body the JSON request body, or null
   * @param status the response status
   * @param response the JSON response body, or null for a response without one
   */
  record Case(
      String name,
      String summary,
      Map<String, Object> parameters,
      String body,
      String status,
      String response) {}

  static final Map<String, List<Case>> BY_OPERATION =
      Map.ofEntries(
          Map.entry(
              "listActivityLogs",
              List.of(
                  new Case(
                      "seedLog",
                      "The demo account's log before any change",
                      Map.of(),
                      null,
                      "200",
                      """
                      {"items":[
                        {"id":"3","description":"Set call forward on 2055550199 to 12125550150",
                         "createdAt":"2026-01-06T10:25:00Z"},
                        {"id":"2","description":"Routed 2055550199 to carrier 1 and sub account 1",
                         "createdAt":"2026-01-06T10:20:00Z"},
                        {"id":"1","description":"Ordered 2055550198, 2055550199",
                         "createdAt":"2026-01-06T10:15:00Z"}]}
                      """))),
          Map.entry(
              "listCarriers",
              List.of(
                  new Case(
                      "carriers",
                      "The account's carrier accounts",
                      Map.of(),
                      null,
                      "200",
                      """
                      {"items":[{"id":"1","accountName":"Main SIP trunk",
                                 "provider":"Northwind Telecom","enabled":true,"primary":true}]}
                      """))),
          Map.entry(
              "listSubaccounts",
              List.of(
                  new Case(
                      "subaccounts",
                      "The account's subaccounts",
                      Map.of(),
                      null,
                      "200",
                      """
                      {"items":[{"id":"1","name":"Support line"},{"id":"2","name":"Sales line"}]}
                      """))),
          Map.entry(
              "listProviders",
              List.of(
                  new Case(
                      "providers",
                      "The number providers",
                      Map.of(),
                      null,
                      "200",
                      """
                      {"items":[{"id":"1","name":"Northwind Telecom"},
                                {"id":"2","name":"Contoso Voice"}]}
                      """))),
          Map.entry(
              "listStates",
              List.of(
                  new Case(
                      "states",
                      "The states with numbers",
                      Map.of(),
                      null,
                      "200",
                      """
                      {"items":[{"code":"AL","name":"Alabama"},{"code":"CA","name":"California"},
                                {"code":"FL","name":"Florida"},{"code":"NY","name":"New York"},
                                {"code":"TX","name":"Texas"}]}
                      """))),
          Map.entry(
              "listRateCenters",
              List.of(
                  new Case(
                      "alabama",
                      "The rate centers of Alabama",
                      Map.of("state", "al"),
                      null,
                      "200",
                      """
                      {"items":[{"name":"BIRMINGHAM","state":"AL"},{"name":"HUNTSVILLE","state":"AL"},
                                {"name":"MOBILE","state":"AL"}]}
                      """),
                  new Case(
                      "invalidState",
                      "A state code that is not two letters",
                      Map.of("state", "A1"),
                      null,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,
                       "detail":"state 'A1' must be a two-letter state code, such as AL",
                       "code":"invalid_request","requestId":"d82c87fc-c4b3-4b6a-9974-10725db5c319",
                       "errors":[{"field":"state",
                                  "message":"'A1' must be a two-letter state code, such as AL"}]}
                      """),
                  new Case(
                      "unknownState",
                      "A state Teleco does not know",
                      Map.of("state", "ZZ"),
                      null,
                      "404",
                      """
                      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found",
                       "status":404,
                       "detail":"Teleco reported that the requested resource does not exist.",
                       "code":"not_found","requestId":"642b86ba-ea30-4761-8b21-bf520d174ab9",
                       "errors":[{"message":"State ZZ not found"}]}
                      """))),
          Map.entry(
              "searchAvailableNumbers",
              List.of(
                  new Case(
                      "birmingham",
                      "Numbers with the prefix 205 in Birmingham, Alabama: the first 3 of the 50"
                          + " returned",
                      Map.of(
                          "providerId",
                          1,
                          "state",
                          "al",
                          "rateCenter",
                          "BIRMINGHAM",
                          "prefix",
                          "205"),
                      null,
                      "200",
                      """
                      {"items":[
                        {"number":"+12055550100","state":"AL","rateCenter":"BIRMINGHAM",
                         "providerId":"1","tierType":"1121"},
                        {"number":"+12055550101","state":"AL","rateCenter":"BIRMINGHAM",
                         "providerId":"1","tierType":"1121"},
                        {"number":"+12055550102","state":"AL","rateCenter":"BIRMINGHAM",
                         "providerId":"1","tierType":"1121"}]}
                      """),
                  new Case(
                      "invalidPrefix",
                      "A prefix that is neither an area code nor an area code and exchange",
                      Map.of("providerId", 1, "prefix", "12"),
                      null,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,
                       "detail":"prefix '12' must be an area code (3 digits) or an area code and\
                       exchange (6 digits)","code":"invalid_request",
                       "requestId":"a771da0e-9f9e-4b7d-8812-40732a63dc7b",
                       "errors":[{"field":"prefix","message":"'12' must be an area code (3 digits)\
                       or an area code and exchange (6 digits)"}]}
                      """),
                  new Case(
                      "unknownProvider",
                      "A provider Teleco does not know",
                      Map.of("providerId", 9),
                      null,
                      "404",
                      """
                      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found",
                       "status":404,
                       "detail":"Teleco reported that the requested resource does not exist.",
                       "code":"not_found","requestId":"14133d19-8142-4ebd-b249-f6db81d8ce28",
                       "errors":[{"message":"Provider 9 not found"}]}
                      """))),
          Map.entry(
              "orderNumbers",
              List.of(
                  new Case(
                      "order",
                      "Order one number found by a search, in a common NANP spelling",
                      Map.of("Idempotency-Key", "7b0c1f52-first-order"),
                      """
                      {"numbers":[{"number":"(205) 555-0100","providerId":"1","tierType":"1121"}]}
                      """,
                      "201",
                      """
                      {"orderId":"9001","numbers":[{"number":"+12055550100","status":"ordered"}]}
                      """),
                  new Case(
                      "invalidNumber",
                      "A number that is not a valid NANP number: nothing is ordered",
                      Map.of(),
                      """
                      {"numbers":[{"number":"+1 123 123 12321","providerId":"1","tierType":"1121"}]}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-phone-number",
                       "title":"Invalid phone number","status":400,
                       "detail":"numbers[0].number '+1 123 123 12321' is not a valid NANP number",
                       "code":"invalid_phone_number",
                       "requestId":"1067788f-02e4-4daf-ae42-0a7ded1b24a2",
                       "errors":[{"field":"numbers[0].number",
                                  "message":"'+1 123 123 12321' is not a valid NANP number"}]}
                      """),
                  new Case(
                      "numberTaken",
                      "A number that is no longer available: Teleco rejects the order",
                      Map.of(),
                      """
                      {"numbers":[{"number":"2055550100","providerId":"1","tierType":"1121"}]}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/upstream-rejected",
                       "title":"Rejected by the provider","status":400,
                       "detail":"Teleco rejected the request with status 400; its messages are\
                       listed in errors.","code":"upstream_rejected",
                       "requestId":"952f8e07-110d-40c9-89f5-f2b16326b41a",
                       "errors":[{"message":"numbers.0.did_number 2055550100 is not available"}]}
                      """))),
          Map.entry(
              "listNumbers",
              List.of(
                  new Case(
                      "secondPage",
                      "The second page of two numbers, after the order of 205-555-0100",
                      Map.of("page", 2, "pageSize", 2),
                      null,
                      "200",
                      """
                      {"items":[{"id":"103","number":"+12055550100","state":"AL",
                                 "rateCenter":"BIRMINGHAM","providerId":"1","carrierId":null,
                                 "subaccountId":null,"didType":"voice","forwardTo":null,
                                 "createdAt":"2026-12-04T22:39:32.461Z"}],
                       "page":{"number":2,"size":2,"totalPages":2,"totalItems":3}}
                      """),
                  new Case(
                      "pageTooLarge",
                      "A page size over 500",
                      Map.of("pageSize", 501),
                      null,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,
                       "detail":"pageSize '501' must be an integer from 1 to 500",
                       "code":"invalid_request","requestId":"eab4c59b-b422-41fe-8573-bf217f54a566",
                       "errors":[{"field":"pageSize",
                                  "message":"'501' must be an integer from 1 to 500"}]}
                      """))),
          Map.entry(
              "getNumber",
              List.of(
                  new Case(
                      "orderedNumber",
                      "The number just ordered, not routed yet",
                      Map.of("id", 103),
                      null,
                      "200",
                      """
                      {"id":"103","number":"+12055550100","state":"AL","rateCenter":"BIRMINGHAM",
                       "providerId":"1","carrierId":null,"subaccountId":null,"didType":"voice",
                       "forwardTo":null,"createdAt":"2026-12-04T22:39:32.461Z"}
                      """),
                  new Case(
                      "unknownNumber",
                      "An id that is not in the account's inventory",
                      Map.of("id", 999),
                      null,
                      "404",
                      """
                      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found",
                       "status":404,
                       "detail":"Teleco reported that the requested resource does not exist.",
                       "code":"not_found","requestId":"44735420-16dd-430c-9cc6-48596bc22d31",
                       "errors":[{"message":"Inventory 999 not found"}]}
                      """))),
          Map.entry(
              "routeNumbers",
              List.of(
                  new Case(
                      "route",
                      "Route the ordered number to carrier 1 and subaccount 1",
                      Map.of(),
                      """
                      {"routes":[{"number":"+12055550100","providerId":"1","carrierId":"1",
                                  "subaccountId":"1"}]}
                      """,
                      "200",
                      """
                      {"routes":[{"number":"+12055550100","status":"routed"}]}
                      """),
                  new Case(
                      "invalidCarrier",
                      "A carrier id that is not a positive integer",
                      Map.of(),
                      """
                      {"routes":[{"number":"+12055550100","providerId":"1","carrierId":"0",
                                  "subaccountId":"1"}]}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,
                       "detail":"routes[0].carrierId '0' must be a positive integer",
                       "code":"invalid_request","requestId":"0c5e2f7a-4b1d-4e8a-9f36-2d7c1b9e5a40",
                       "errors":[{"field":"routes[0].carrierId",
                                  "message":"'0' must be a positive integer"}]}
                      """))),
          Map.entry(
              "setCallForward",
              List.of(
                  new Case(
                      "forward",
                      "Forward the routed number to 205-555-0177",
                      Map.of("id", 103),
                      """
                      {"forwardTo":"205.555.0177"}
                      """,
                      "200",
                      """
                      {"id":"103","number":"+12055550100","state":"AL","rateCenter":"BIRMINGHAM",
                       "providerId":"1","carrierId":"1","subaccountId":"1","didType":"voice",
                       "forwardTo":"+12055550177","createdAt":"2026-12-04T22:39:32.461Z"}
                      """),
                  new Case(
                      "invalidNumber",
                      "A forward target with one digit too many",
                      Map.of("id", 103),
                      """
                      {"forwardTo":"+1 123 123 12321"}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-phone-number",
                       "title":"Invalid phone number","status":400,
                       "detail":"forwardTo '+1 123 123 12321' is not a valid NANP number",
                       "code":"invalid_phone_number",
                       "requestId":"32d899dc-c5b7-4a19-97f3-0d699b4cacc5",
                       "errors":[{"field":"forwardTo",
                                  "message":"'+1 123 123 12321' is not a valid NANP number"}]}
                      """))),
          Map.entry(
              "removeCallForward",
              List.of(
                  new Case(
                      "removeForward",
                      "Remove the forward of number 103",
                      Map.of("id", 103),
                      null,
                      "204",
                      null),
                  new Case(
                      "unknownNumber",
                      "An id that is not in the account's inventory",
                      Map.of("id", 999),
                      null,
                      "404",
                      """
                      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found",
                       "status":404,
                       "detail":"Teleco reported that the requested resource does not exist.",
                       "code":"not_found","requestId":"9324bfa0-51d6-44a2-8652-1308104ef92e",
                       "errors":[{"message":"Inventory 999 not found"}]}
                      """))),
          Map.entry(
              "setCallForwards",
              List.of(
                  new Case(
                      "forwards",
                      "Forward three numbers, one of which is not in the inventory",
                      Map.of("Idempotency-Key", "forwards-2026-12-04"),
                      """
                      {"items":[
                        {"numberId":"101","number":"205.555.0198","forwardTo":"(212) 555-0177"},
                        {"numberId":"102","number":"2055550199","forwardTo":"212-555-0178"},
                        {"numberId":"999","number":"2055550100","forwardTo":"2125550177"}]}
                      """,
                      "200",
                      """
                      {"summary":{"total":3,"succeeded":2,"failed":1},"items":[
                        {"numberId":"101","number":"+12055550198","status":"succeeded"},
                        {"numberId":"102","number":"+12055550199","status":"succeeded"},
                        {"numberId":"999","number":"+12055550100","status":"failed",
                         "error":{"code":"not_found","status":404,
                                  "detail":"Teleco reported that the requested resource does not\
                       exist."}}]}
                      """),
                  new Case(
                      "invalidItem",
                      "One invalid item: nothing is sent",
                      Map.of(),
                      """
                      {"items":[{"numberId":101,"number":"2055550198","forwardTo":"911"}]}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-phone-number",
                       "title":"Invalid phone number","status":400,
                       "detail":"items[0].forwardTo '911' is not a valid NANP number",
                       "code":"invalid_phone_number",
                       "requestId":"c001012e-ea80-4f54-95c6-e1990ad46d7d",
                       "errors":[{"field":"items[0].forwardTo",
                                  "message":"'911' is not a valid NANP number"}]}
                      """))),
          Map.entry(
              "removeCallForwards",
              List.of(
                  new Case(
                      "removals",
                      "Remove the forwards of two numbers",
                      Map.of(),
                      """
                      {"items":[{"numberId":101,"number":"2055550198"},
                                {"numberId":102,"number":"2055550199"}]}
                      """,
                      "200",
                      """
                      {"summary":{"total":2,"succeeded":2,"failed":0},"items":[
                        {"numberId":"101","number":"+12055550198","status":"succeeded"},
                        {"numberId":"102","number":"+12055550199","status":"succeeded"}]}
                      """),
                  new Case(
                      "repeatedNumber",
                      "A number listed twice: nothing is sent",
                      Map.of(),
                      """
                      {"items":[{"numberId":101,"number":"2055550198"},
                                {"numberId":101,"number":"2055550198"}]}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,
                       "detail":"1 item(s) repeat a numberId listed earlier, each named in errors;\
                       list each number once.","code":"invalid_request",
                       "requestId":"a2726be5-f562-4c72-8aaf-823e9005ecf2",
                       "errors":[{"field":"items[1].numberId",
                                  "message":"number 101 is already listed at items[0]"}]}
                      """))),
          Map.entry(
              "createCarrier",
              List.of(
                  new Case(
                      "backupTrunk",
                      "A second carrier account; the password and api token are not returned",
                      Map.of(),
                      """
                      {"providerId":"1","accountName":"Backup trunk","username":"backup",
                       "password":"s3cret","apiToken":"tok-123","enabled":true,"primary":false}
                      """,
                      "201",
                      """
                      {"id":"2","accountName":"Backup trunk","provider":"Northwind Telecom",
                       "enabled":true,"primary":false}
                      """),
                  new Case(
                      "missingName",
                      "No account name",
                      Map.of(),
                      """
                      {"providerId":"1"}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,"detail":"accountName is required",
                       "code":"invalid_request","requestId":"cd3325aa-7de3-4ec4-804b-5a8444bcfbfb",
                       "errors":[{"field":"accountName","message":"is required"}]}
                      """))),
          Map.entry(
              "listSubClients",
              List.of(
                  new Case(
                      "subClients",
                      "The demo account's sub clients",
                      Map.of(),
                      null,
                      "200",
                      """
                      {"items":[{"id":"1","name":"Demo support","email":"support@demo.example",
                                 "username":"demo-support","enabled":true}]}
                      """))),
          Map.entry(
              "createSubClient",
              List.of(
                  new Case(
                      "acmeSupport",
                      "A new sub client",
                      Map.of(),
                      """
                      {"name":"Acme support","email":"support@acme.example",
                       "username":"acme-support","enabled":true}
                      """,
                      "201",
                      """
                      {"id":"3","name":"Acme support","email":"support@acme.example",
                       "username":"acme-support","enabled":true}
                      """),
                  new Case(
                      "invalidEmail",
                      "An email address without a domain",
                      Map.of(),
                      """
                      {"name":"Acme support","email":"not-an-email"}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,
                       "detail":"email 'not-an-email' must be a well-formed email address",
                       "code":"invalid_request","requestId":"af334e9c-a73b-4a1d-93f5-7a7b9bc55fff",
                       "errors":[{"field":"email",
                                  "message":"'not-an-email' must be a well-formed email address"}]}
                      """))),
          Map.entry(
              "getSubClient",
              List.of(
                  new Case(
                      "acmeSupport",
                      "The sub client just created",
                      Map.of("id", 3),
                      null,
                      "200",
                      """
                      {"id":"3","name":"Acme support","email":"support@acme.example",
                       "username":"acme-support","enabled":true}
                      """),
                  new Case(
                      "unknownSubClient",
                      "An id that is not one of the account's sub clients",
                      Map.of("id", 999),
                      null,
                      "404",
                      """
                      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found",
                       "status":404,
                       "detail":"Teleco reported that the requested resource does not exist.",
                       "code":"not_found","requestId":"0d68210c-f88b-459d-bea3-dd2c727b8dbc",
                       "errors":[{"message":"Sub client 999 not found"}]}
                      """))),
          Map.entry(
              "replaceSubClient",
              List.of(
                  new Case(
                      "replace",
                      "Replace the whole record: the absent username is reset, here to one the"
                          + " provider derives from the email",
                      Map.of("id", 3),
                      """
                      {"name":"Acme help desk","email":"help@acme.example","enabled":false}
                      """,
                      "200",
                      """
                      {"id":"3","name":"Acme help desk","email":"help@acme.example",
                       "username":"help","enabled":false}
                      """),
                  new Case(
                      "missingEmail",
                      "No email: a replacement needs the same fields as a creation",
                      Map.of("id", 3),
                      """
                      {"name":"Acme help desk"}
                      """,
                      "400",
                      """
                      {"type":"https://teleco-gateway.dev/problems/invalid-request",
                       "title":"Invalid request","status":400,"detail":"email is required",
                       "code":"invalid_request","requestId":"6a0d9c41-3e2b-4f7a-8d15-b9c0e4f2a731",
                       "errors":[{"field":"email","message":"is required"}]}
                      """))),
          Map.entry(
              "deleteSubClient",
              List.of(
                  new Case("delete", "Delete sub client 3", Map.of("id", 3), null, "204", null),
                  new Case(
                      "unknownSubClient",
                      "An id that is not one of the account's sub clients",
                      Map.of("id", 999),
                      null,
                      "404",
                      """
                      {"type":"https://teleco-gateway.dev/problems/not-found","title":"Not found",
                       "status":404,
                       "detail":"Teleco reported that the requested resource does not exist.",
                       "code":"not_found","requestId":"386001bf-26ed-476e-9995-1288022c116b",
                       "errors":[{"message":"Sub client 999 not found"}]}
                      """))));

  private final Set<String> applied = new HashSet<>();

  /**
   * Adds the cases of the operation to its parameters, request body and responses, each under the
   * case's name. An error response that refers to a shared one is replaced by a copy, so that it
   * shows the operation's own example.
   *
   * @throws IllegalStateException when a case names a parameter, body or status that the operation
   *     does not have
   */
  void apply(Operation operation) {
    String id = operation.getOperationId();
    List<Case> cases = id == null ? null : BY_OPERATION.get(id);
    if (cases == null) {
      return;
    }
    applied.add(id);
    for (Case example : cases) {
      example.parameters().forEach((name, value) -> addParameter(operation, example, name, value));
      if (example.body() != null) {
        addBody(operation, example);
      }
      addResponse(operation, example);
    }
  }

  /**
   * Fails when an operation of the table is not in the document, so that a renamed operation cannot
   * lose its examples unnoticed.
   */
  void checkAllApplied() {
    Set<String> missing = new TreeSet<>(BY_OPERATION.keySet());
    missing.removeAll(applied);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "OpenAPI examples name operations that do not exist: " + missing);
    }
  }

  private static void addParameter(Operation operation, Case example, String name, Object value) {
    Parameter parameter =
        operation.getParameters().stream()
            .filter(p -> name.equalsIgnoreCase(p.getName()))
            .findFirst()
            .orElseThrow(() -> invalid(operation, example, "has no parameter " + name));
    parameter.addExample(example.name(), valueExample(example.summary(), value));
  }

  private static void addBody(Operation operation, Case example) {
    if (operation.getRequestBody() == null) {
      throw invalid(operation, example, "has no request body");
    }
    MediaType json =
        operation
            .getRequestBody()
            .getContent()
            .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
    json.addExample(example.name(), example(example.summary(), example.body()));
  }

  private static void addResponse(Operation operation, Case example) {
    APIResponses responses = operation.getResponses();
    APIResponse response = responses.getAPIResponse(example.status());
    if (response == null) {
      throw invalid(operation, example, "has no response " + example.status());
    }
    if (example.response() == null) {
      return;
    }
    if (response.getRef() != null) {
      String ref = response.getRef();
      response =
          ErrorResponses.byRef(ref)
              .orElseThrow(() -> invalid(operation, example, "refers to " + ref))
              .withoutExamples();
      responses.addAPIResponse(example.status(), response);
    }
    if (response.getContent() == null) {
      throw invalid(operation, example, "response " + example.status() + " has no content");
    }
    Map<String, MediaType> types = response.getContent().getMediaTypes();
    if (types.size() != 1) {
      throw invalid(operation, example, "has " + types.size() + " media types");
    }
    types
        .values()
        .iterator()
        .next()
        .addExample(example.name(), example(example.summary(), example.response()));
  }

  private static IllegalStateException invalid(Operation operation, Case example, String what) {
    return new IllegalStateException(
        "OpenAPI example "
            + example.name()
            + " of operation "
            + operation.getOperationId()
            + " is invalid: the operation "
            + what);
  }

  /** Builds an example whose value is the parsed JSON text. */
  static Example example(String summary, String json) {
    return OASFactory.createExample().summary(summary).value(parse(json));
  }

  /** Builds an example of a plain value, such as a parameter's. */
  static Example valueExample(String summary, Object value) {
    return OASFactory.createExample().summary(summary).value(value);
  }

  private static Object parse(String json) {
    try {
      return JSON.readValue(json, LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Invalid JSON in an OpenAPI example: " + json, e);
    }
  }
}

package io.telecogateway.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Login, carriers, sub accounts, the activity log and sub clients (calls 1-3, 5, 12, 18-22). */
final class AccountCalls {

  private AccountCalls() {}

  /** Call 1: {@code POST /api/login}. Returns the account's current api key. */
  static ApiResponse login(ApiCall call) {
    RequestFields body = RequestFields.root(call.body());
    String login = body.requiredString("login");
    String password = body.requiredString("password");
    body.rejectUnknownFields();
    body.throwIfInvalid();

    Optional<Account> found = call.state().accountByLogin(login);
    if (found.isEmpty()) {
      throw new InvalidRequestException("User " + login + " not found");
    }
    Account account = found.get();
    if (!account.hasPassword(password)) {
      throw new InvalidRequestException("Password is invalid");
    }

    ObjectNode user = Json.object();
    user.put("id", account.id());
    user.put("email", account.email());
    user.put("username", account.username());
    user.put("api_key", account.apiKey());
    user.put("getstarted_closed", false);
    user.put("created_at", Json.timestamp(account.createdAt()));
    return ApiResponse.ok("Login Successful", Json.array().add(user));
  }

  /** Call 2: {@code GET /api/carriers}. */
  static ApiResponse listCarriers(ApiCall call) {
    ArrayNode data = Json.array();
    call.account().carriers().forEach(carrier -> data.add(carrier.toJson()));
    return ApiResponse.ok("Carrier Account List", data);
  }

  /** Call 3: {@code POST /api/carriers} with the {@code carrier} wrapper. */
  static ApiResponse createCarrier(ApiCall call) {
    RequestFields body = RequestFields.root(call.body());
    RequestFields carrier = body.requiredObject("carrier");
    body.rejectUnknownFields();
    body.throwIfInvalid();

    Long providerId = carrier.requiredInteger("provider_id");
    String accountName = carrier.requiredString("account_name");
    String username = carrier.optionalString("username");
    String password = carrier.optionalString("password");
    String apiToken = carrier.optionalString("api_token");
    Boolean enabled = carrier.optionalBoolean("is_enable", true);
    Boolean primary = carrier.optionalBoolean("primary_account", false);
    carrier.rejectUnknownFields();
    Optional<Catalog.Provider> provider =
        providerId == null ? Optional.empty() : call.state().catalog().provider(providerId);
    if (providerId != null && provider.isEmpty()) {
      carrier.addError(carrier.name("provider_id") + " " + providerId + " is not a known provider");
    }
    carrier.throwIfInvalid();

    Carrier created =
        call.account()
            .addCarrier(
                accountName, provider.get(), enabled, primary, username, password, apiToken);
    return ApiResponse.created("Carrier Account Created", created.toJson());
  }

  /** Call 5: {@code GET /api/activities_logs}, newest first. */
  static ApiResponse listActivity(ApiCall call) {
    ArrayNode data = Json.array();
    call.account().activity().forEach(entry -> data.add(entry.toJson()));
    return ApiResponse.ok("Activity Log List", data);
  }

  /** Call 12: {@code GET /api/sub_accounts}. */
  static ApiResponse listSubAccounts(ApiCall call) {
    ArrayNode data = Json.array();
    call.account().subAccounts().forEach(subAccount -> data.add(subAccount.toJson()));
    return ApiResponse.ok("Sub Account List", data);
  }

  /** Call 18: {@code GET /api/sub_clients}. */
  static ApiResponse listSubClients(ApiCall call) {
    ArrayNode data = Json.array();
    call.account().subClients().forEach(subClient -> data.add(subClient.toJson()));
    return ApiResponse.ok("Sub Client List", data);
  }

  /** Call 19: {@code POST /api/sub_clients} with the {@code sub_client} wrapper. */
  static ApiResponse createSubClient(ApiCall call) {
    SubClientFields fields = SubClientFields.read(call);
    SubClient created =
        call.account()
            .addSubClient(fields.name(), fields.email(), fields.username(), fields.enabled());
    return ApiResponse.created("Sub Client Created", created.toJson());
  }

  /** Call 20: {@code GET /api/sub_clients/{id}}. */
  static ApiResponse showSubClient(ApiCall call) {
    long id = call.pathId("id", "Sub client");
    return ApiResponse.ok("Sub Client Detail", call.account().subClient(id).toJson());
  }

  /** Call 21: {@code PUT /api/sub_clients/{id}}, which replaces the whole record. */
  static ApiResponse updateSubClient(ApiCall call) {
    long id = call.pathId("id", "Sub client");
    call.account().subClient(id);
    SubClientFields fields = SubClientFields.read(call);
    SubClient updated =
        call.account()
            .replaceSubClient(
                id, fields.name(), fields.email(), fields.username(), fields.enabled());
    return ApiResponse.ok("Sub Client Updated", updated.toJson());
  }

  /** Call 22: {@code DELETE /api/sub_clients/{id}}. Responds with {@code data: null}. */
  static ApiResponse deleteSubClient(ApiCall call) {
    long id = call.pathId("id", "Sub client");
    call.account().deleteSubClient(id);
    return ApiResponse.ok("Sub Client Deleted", NullNode.getInstance());
  }

  /**
   * The validated fields of a sub client create or update request. The username defaults to the
   * part of the email before the {@code @}, and {@code is_enable} defaults to true.
   */
  private record SubClientFields(String name, String email, String username, boolean enabled) {

    static SubClientFields read(ApiCall call) {
      RequestFields body = RequestFields.root(call.body());
      RequestFields subClient = body.requiredObject("sub_client");
      body.rejectUnknownFields();
      body.throwIfInvalid();

      String name = subClient.requiredString("name");
      String email = subClient.requiredString("email");
      String username = subClient.optionalString("username");
      Boolean enabled = subClient.optionalBoolean("is_enable", true);
      subClient.rejectUnknownFields();
      if (email != null && email.indexOf('@') <= 0) {
        subClient.addError(
            subClient.name("email")
                + " must be an email address such as \"support@acme.test\", got \""
                + email
                + "\"");
      }
      subClient.throwIfInvalid();

      String effectiveUsername =
          username != null ? username : email.substring(0, email.indexOf('@'));
      return new SubClientFields(name, email, effectiveUsername, enabled);
    }
  }
}

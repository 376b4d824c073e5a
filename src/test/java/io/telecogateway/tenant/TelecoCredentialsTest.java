package io.telecogateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Checks how api keys are obtained, shared between concurrent callers, and refreshed. */
class TelecoCredentialsTest {

  private final ScriptedLogin login = new ScriptedLogin();
  private final TelecoCredentials credentials = new TelecoCredentials(login);
  private final TelecoAccount account = TelecoAccount.withPassword("user", "pw");

  @Test
  void staticKeyNeedsNoLogin() {
    TelecoAccount staticAccount = TelecoAccount.withApiKey("user", "static-key");

    String key = credentials.apiKey(staticAccount).await().indefinitely();

    assertThat(key).isEqualTo("static-key");
    assertThat(login.count()).isZero();
  }

  @Test
  void staticKeyIsNotRefreshed() {
    TelecoAccount staticAccount = TelecoAccount.withApiKey("user", "static-key");

    String key = credentials.refresh(staticAccount, "static-key").await().indefinitely();

    assertThat(key).isNull();
    assertThat(login.count()).isZero();
  }

  @Test
  void firstCallLogsInAndKeyIsKept() {
    login.results.add(CompletableFuture.completedFuture("key-1"));

    String first = credentials.apiKey(account).await().indefinitely();
    String second = credentials.apiKey(account).await().indefinitely();

    assertThat(first).isEqualTo("key-1");
    assertThat(second).isEqualTo("key-1");
    assertThat(login.count()).isEqualTo(1);
    assertThat(login.passwords).containsExactly("pw");
  }

  @Test
  void concurrentCallersShareOneLogin() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    login.results.add(pending);

    List<CompletableFuture<String>> keys = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      keys.add(credentials.apiKey(account).subscribeAsCompletionStage());
    }
    assertThat(keys).noneMatch(CompletableFuture::isDone);
    pending.complete("key-1");

    assertThat(keys).allSatisfy(key -> assertThat(key.join()).isEqualTo("key-1"));
    assertThat(login.count()).isEqualTo(1);
  }

  @Test
  void refreshOfRejectedKeyLogsInAgain() {
    login.results.add(CompletableFuture.completedFuture("key-1"));
    login.results.add(CompletableFuture.completedFuture("key-2"));
    credentials.apiKey(account).await().indefinitely();

    String fresh = credentials.refresh(account, "key-1").await().indefinitely();

    assertThat(fresh).isEqualTo("key-2");
    assertThat(credentials.apiKey(account).await().indefinitely()).isEqualTo("key-2");
    assertThat(login.count()).isEqualTo(2);
  }

  @Test
  void concurrentRefreshesShareOneLogin() {
    login.results.add(CompletableFuture.completedFuture("key-1"));
    CompletableFuture<String> pending = new CompletableFuture<>();
    login.results.add(pending);
    credentials.apiKey(account).await().indefinitely();

    List<CompletableFuture<String>> keys = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      keys.add(credentials.refresh(account, "key-1").subscribeAsCompletionStage());
    }
    pending.complete("key-2");

    assertThat(keys).allSatisfy(key -> assertThat(key.join()).isEqualTo("key-2"));
    // The first login, then a single re-login for all ten refreshes.
    assertThat(login.count()).isEqualTo(2);
  }

  @Test
  void refreshOfReplacedKeyReturnsCurrentKey() {
    login.results.add(CompletableFuture.completedFuture("key-1"));
    login.results.add(CompletableFuture.completedFuture("key-2"));
    credentials.apiKey(account).await().indefinitely();
    credentials.refresh(account, "key-1").await().indefinitely();

    String key = credentials.refresh(account, "key-1").await().indefinitely();

    assertThat(key).isEqualTo("key-2");
    assertThat(login.count()).isEqualTo(2);
  }

  @Test
  void failedLoginIsNotKept() {
    login.results.add(CompletableFuture.failedFuture(new IllegalStateException("login failed")));
    login.results.add(CompletableFuture.completedFuture("key-1"));

    assertThatThrownBy(() -> credentials.apiKey(account).await().indefinitely())
        .hasMessageContaining("login failed");
    String key = credentials.apiKey(account).await().indefinitely();

    assertThat(key).isEqualTo("key-1");
    assertThat(login.count()).isEqualTo(2);
  }

  @Test
  void accountsLogInSeparately() {
    login.results.add(CompletableFuture.completedFuture("key-a"));
    login.results.add(CompletableFuture.completedFuture("key-b"));

    String a = credentials.apiKey(TelecoAccount.withPassword("a", "pw-a")).await().indefinitely();
    String b = credentials.apiKey(TelecoAccount.withPassword("b", "pw-b")).await().indefinitely();

    assertThat(a).isEqualTo("key-a");
    assertThat(b).isEqualTo("key-b");
    assertThat(login.usernames).containsExactly("a", "b");
  }

  @Test
  void failureReachesEveryWaitingCaller() {
    CompletableFuture<String> pending = new CompletableFuture<>();
    login.results.add(pending);

    CompletableFuture<String> first = credentials.apiKey(account).subscribeAsCompletionStage();
    CompletableFuture<String> second = credentials.apiKey(account).subscribeAsCompletionStage();
    pending.completeExceptionally(new IllegalStateException("login failed"));

    assertThatThrownBy(first::join).isInstanceOf(CompletionException.class);
    assertThatThrownBy(second::join).isInstanceOf(CompletionException.class);
    assertThat(login.count()).isEqualTo(1);
  }

  /** A login that completes with the queued futures, in order, and records each call. */
  private static final class ScriptedLogin implements TelecoLogin {

    final List<CompletableFuture<String>> results = new CopyOnWriteArrayList<>();
    final List<String> usernames = new CopyOnWriteArrayList<>();
    final List<String> passwords = new CopyOnWriteArrayList<>();

    @Override
    public Uni<String> login(String username, String password) {
      int call = usernames.size();
      usernames.add(username);
      passwords.add(password);
      if (call >= results.size()) {
        return Uni.createFrom()
            .failure(new AssertionError("unexpected login number " + (call + 1)));
      }
      return Uni.createFrom().completionStage(results.get(call));
    }

    int count() {
      return usernames.size();
    }
  }
}

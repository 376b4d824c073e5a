package io.telecogateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Checks the token arithmetic of the retry budget. */
class RetryBudgetTest {

  @Test
  void startsFull() {
    RetryBudget budget = new RetryBudget(0.2, 3);

    assertThat(budget.tokens()).isEqualTo(3.0);
    assertThat(budget.tryWithdraw()).isTrue();
    assertThat(budget.tryWithdraw()).isTrue();
    assertThat(budget.tryWithdraw()).isTrue();
    assertThat(budget.tryWithdraw()).isFalse();
    assertThat(budget.canRetry()).isFalse();
  }

  @Test
  void fiveResponsesPayForOneRetry() {
    RetryBudget budget = new RetryBudget(0.2, 3);
    while (budget.tryWithdraw()) {
      // empties the bucket
    }

    for (int i = 0; i < 4; i++) {
      budget.deposit();
    }
    assertThat(budget.canRetry()).as("after four responses").isFalse();
    budget.deposit();

    assertThat(budget.canRetry()).as("after five responses").isTrue();
    assertThat(budget.tryWithdraw()).isTrue();
    assertThat(budget.tryWithdraw()).isFalse();
  }

  @Test
  void depositsStopAtMaxTokens() {
    RetryBudget budget = new RetryBudget(0.5, 2);

    for (int i = 0; i < 100; i++) {
      budget.deposit();
    }

    assertThat(budget.tokens()).isEqualTo(2.0);
  }

  @Test
  void canRetryTakesNoToken() {
    RetryBudget budget = new RetryBudget(0.2, 1);

    assertThat(budget.canRetry()).isTrue();
    assertThat(budget.canRetry()).isTrue();
    assertThat(budget.tokens()).isEqualTo(1.0);
  }

  @Test
  void retriesStayWithinRatioOfResponses() {
    RetryBudget budget = new RetryBudget(0.2, 10);
    int retries = 0;
    int responses = 1000;

    // Each call that gets a response is followed by a failed one that asks for a retry.
    for (int i = 0; i < responses; i++) {
      budget.deposit();
      if (budget.tryWithdraw()) {
        retries++;
      }
    }

    // The first deposit is lost to the full bucket, so 10 stored tokens plus 0.2 x 999 deposits
    // make 209.8 tokens: 209 whole retries, within the bound of 10 + 0.2 x 1000.
    assertThat(retries).isEqualTo(209);
    assertThat(retries).isLessThanOrEqualTo(10 + responses / 5);
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> new RetryBudget(1.5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratio");
    assertThatThrownBy(() -> new RetryBudget(0.2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTokens");
  }
}

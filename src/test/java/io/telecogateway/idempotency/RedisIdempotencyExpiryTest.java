package io.telecogateway.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(IdempotencyProfiles.RedisShortTtl.class)
class RedisIdempotencyExpiryTest extends IdempotencyExpiryTest {}

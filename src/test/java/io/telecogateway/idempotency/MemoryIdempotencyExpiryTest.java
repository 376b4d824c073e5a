package io.telecogateway.idempotency;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(IdempotencyProfiles.MemoryShortTtl.class)
class MemoryIdempotencyExpiryTest extends IdempotencyExpiryTest {}

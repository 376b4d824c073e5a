package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of the account's activity log.
 *
 * @param createdAt ISO-8601 UTC
 */
@Schema(description = "One entry of the account's activity log")
public record ActivityEntry(
    @Schema(description = "The entry's id at Teleco", examples = "3") String id,
    @Schema(
            description = "What the account did, in Teleco's words",
            examples = "Set call forward on 2055550199 to 12125550150")
        String description,
    @Schema(description = Descriptions.TIME, examples = "2026-01-06T10:25:00Z") String createdAt) {}

package io.telecogateway.api.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The position of a page in a paginated list.
 *
 * @param number the page number, from 1
 * @param size the requested page size
 */
@Schema(description = "The position of a page in the list")
public record PageInfo(
    @Schema(
            description =
                "The page Teleco returned, from 1; the requested one when Teleco does not say",
            examples = "2")
        int number,
    @Schema(description = "The requested page size", examples = "2") int size,
    @Schema(description = "The number of pages", examples = "2") int totalPages,
    @Schema(description = "The number of numbers in the whole list", examples = "3")
        long totalItems) {}

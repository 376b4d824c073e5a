package io.telecogateway.api.model;

/**
 * The position of a page in a paginated list.
 *
 * @param number the page number, from 1
 * @param size the requested page size
 */
public record PageInfo(int number, int size, int totalPages, long totalItems) {}

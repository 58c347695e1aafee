package org.govmedia.workflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer of {@code /api}: status, the field at fault (if any), a message. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String field, String message) {}

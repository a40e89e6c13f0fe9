package org.sessionledger.web.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document; {@code currentHash} is set on conflicts: the version of the file as it is now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        String type, String title, int status, String detail, String instance, String currentHash) {}

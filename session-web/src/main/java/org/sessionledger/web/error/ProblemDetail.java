package org.sessionledger.web.error;

/** An RFC 9457 problem document. */
public record ProblemDetail(String type, String title, int status, String detail, String instance) {}

package org.sessionledger.web.params;

import org.sessionledger.domain.error.InvalidRequestException;

/**
 * Whole-number query parameters (pages, sizes, depths), read from their text so that a value that is not one, or is
 * out of range, is a 400 that names the parameter rather than the 404 JAX-RS gives a failed conversion.
 */
public final class NumberParam {

    private NumberParam() {}

    /**
     * The value of parameter {@code name}, or {@code absent} when it is not given.
     *
     * @throws InvalidRequestException when it is not a whole number from {@code min} to {@code max}
     */
    public static int parse(String value, String name, int min, int max, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String text = value.strip();
        if (text.length() <= 10 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long number = Long.parseLong(text);
            if (number >= min && number <= max) {
                return (int) number;
            }
        }
        throw new InvalidRequestException("'" + name + "' must be a whole number from " + min + " to " + max + ".");
    }
}

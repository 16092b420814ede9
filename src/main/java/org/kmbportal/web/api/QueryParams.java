package org.kmbportal.web.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kmbportal.platform.PlainText;

/** Checks query parameters, answering 400 with the nearest valid value when one is wrong. */
public final class QueryParams {

    private QueryParams() {
    }

    public static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw ApiException.said(400, "invalid_" + name, "api.error.between", name, min, max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.said(400, "invalid_" + name, "api.error.wholeNumber", name);
        }
    }

    /** The value if it is one of the allowed ones; otherwise a 400 naming the nearest. */
    public static Optional<String> oneOf(String name, String value, Collection<String> allowed) {
        Optional<String> given = optional(value);
        if (given.isPresent() && !allowed.contains(given.get())) {
            String nearest = PlainText.nearest(given.get(), List.copyOf(allowed)).orElse("");
            throw nearest.isEmpty()
                    ? ApiException.said(400, "invalid_" + name, "api.error.notOneOf", given.get(), name)
                    : ApiException.said(400, "invalid_" + name, "api.error.nearest", given.get(), name, nearest);
        }
        return given;
    }
}

package org.kmbportal.partnerships;

import java.util.List;

/**
 * A request about a partnership that is refused: unknown (or not visible to the caller, which looks the same), not
 * possible in its state, or with bad input. {@link #code()} is stable (the API's error code, and the end of the
 * pages' message key {@code partnerships.error.<code>}); {@link #problems()} names each bad field.
 */
public class PartnershipException extends RuntimeException {

    /** How the refusal is answered. */
    public enum Kind {
        NOT_FOUND(404), BAD_REQUEST(400), CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * One bad field.
     *
     * @param item
     *            the plan item's position from 1, or 0 when the problem is not about an item
     * @param code
     *            what is wrong (the end of the message key {@code partnerships.problem.<code>})
     * @param value
     *            the value refused, or the limit, to show with the message
     * @param field
     *            the field refused where the code alone does not say which ({@code what}, {@code why},
     *            {@code notes} for a plan item's text that is too long), else null
     */
    public record Problem(int item, String code, String value, String field) {

        public Problem(int item, String code, String value) {
            this(item, code, value, null);
        }
    }

    private final Kind kind;
    private final String code;
    private final transient List<Problem> problems;

    public PartnershipException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public PartnershipException(Kind kind, String code, String message, List<Problem> problems) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public static PartnershipException notFound() {
        return new PartnershipException(Kind.NOT_FOUND, "not_found", "There is no such partnership.");
    }

    public static PartnershipException badRequest(String code, String message) {
        return new PartnershipException(Kind.BAD_REQUEST, code, message);
    }

    public static PartnershipException conflict(String code, String message) {
        return new PartnershipException(Kind.CONFLICT, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Problem> problems() {
        return problems;
    }
}

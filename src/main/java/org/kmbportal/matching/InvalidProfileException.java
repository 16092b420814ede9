package org.kmbportal.matching;

/** A profile the library cannot rank for, with a plain message naming the nearest valid value. */
public class InvalidProfileException extends RuntimeException {

    private final String code;
    private final ProfileCheck.Problem problem;

    public InvalidProfileException(String code, String message) {
        super(message);
        this.code = code;
        this.problem = null;
    }

    public InvalidProfileException(ProfileCheck.Problem problem) {
        super(problem.message());
        this.code = problem.code();
        this.problem = problem;
    }

    /** What the check found (its bundle key and arguments), or null when the refusal came from elsewhere. */
    public ProfileCheck.Problem problem() {
        return problem;
    }

    public String code() {
        return code;
    }
}

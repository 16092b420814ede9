package org.kmbportal.web.api;

/**
 * Example values {@code /openapi} gives for parameters: items of the shipped library ({@code content/}), so the
 * examples work on a fresh portal and the contract test can call every endpoint with them.
 */
public final class ApiExamples {

    /** A published research summary of the shipped library (it has a French translation). */
    public static final String RESOURCE_ID = "lachance-2019-inter-organizational-mentoring";
    /** A topic of the shipped taxonomy. */
    public static final String TOPIC = "mentor-training";
    /** A shipped public collection. */
    public static final String COLLECTION_ID = "starting-a-mentoring-program";

    private ApiExamples() {
    }
}

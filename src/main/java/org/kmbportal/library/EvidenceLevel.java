package org.kmbportal.library;

/**
 * How strongly a study's design supports claims that a practice works, in four levels readers can tell apart; the
 * methodology page explains each. Derived from the design alone (not from the study's quality, which the summaries
 * discuss under their limitations).
 */
public enum EvidenceLevel {
    /** Designs that estimate effects against a comparison, or pool many studies: meta-analyses, reviews, trials. */
    STRONG("strong"),
    /** Comparisons without random assignment, or changes followed over time. */
    MODERATE("moderate"),
    /** What participants lived and said, and programs studied as they developed: explains how and why, not how much. */
    EMERGING("emerging"),
    /** Frameworks and the agreement of experienced people: a starting point to test. */
    FOUNDATIONAL("foundational");

    private final String key;

    EvidenceLevel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static EvidenceLevel of(EvidenceDesign design) {
        return switch (design) {
            case META_ANALYSIS, SYSTEMATIC_REVIEW, RCT -> STRONG;
            case QUASI_EXPERIMENTAL, LONGITUDINAL -> MODERATE;
            case MIXED_METHODS, DEVELOPMENTAL_EVALUATION, QUALITATIVE -> EMERGING;
            case EXPERT_CONSENSUS, THEORY -> FOUNDATIONAL;
        };
    }
}

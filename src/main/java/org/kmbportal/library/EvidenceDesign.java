package org.kmbportal.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The research designs a summary can report, strongest evidence of effect first (used to weigh evidence). */
public enum EvidenceDesign {
    META_ANALYSIS("meta-analysis", 1.0), SYSTEMATIC_REVIEW("systematic-review", 0.95), RCT("rct",
            0.9), QUASI_EXPERIMENTAL("quasi-experimental", 0.75), LONGITUDINAL("longitudinal", 0.65), MIXED_METHODS(
                    "mixed-methods", 0.6), DEVELOPMENTAL_EVALUATION("developmental-evaluation", 0.55), QUALITATIVE(
                            "qualitative", 0.5), EXPERT_CONSENSUS("expert-consensus", 0.45), THEORY("theory", 0.4);

    private final String key;
    private final double strength;

    EvidenceDesign(String key, double strength) {
        this.key = key;
        this.strength = strength;
    }

    public String key() {
        return key;
    }

    /** A relative weight in [0, 1]: how far the design supports claims about effects. */
    public double strength() {
        return strength;
    }

    /** By key; matching looks a design up for every resource of the library. */
    private static final java.util.Map<String, EvidenceDesign> BY_KEY = java.util.Collections.unmodifiableMap(
            Arrays.stream(values()).collect(java.util.stream.Collectors.toMap(d -> d.key, d -> d,
                    (a, b) -> a, java.util.HashMap::new)));

    public static Optional<EvidenceDesign> fromKey(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(EvidenceDesign::key).toList();
    }
}

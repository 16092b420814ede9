package org.kmbportal.library;

/** How the summarized study was done: its design and its sample, in plain words. */
public record Evidence(EvidenceDesign design, String sample) {

    public Evidence {
        sample = sample == null ? "" : sample.strip();
    }
}

package org.kmbportal.search;

import java.time.Instant;

/** Where a rebuild of the index stands: idle, running (with how far it got and how fast), done or failed. */
public record RebuildProgress(String state, long done, long total, double perSecond, Instant started, Instant finished,
        String message) {

    static final RebuildProgress IDLE = new RebuildProgress("idle", 0, 0, 0, null, null, "");

    public boolean running() {
        return "running".equals(state);
    }

    public int percent() {
        return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}

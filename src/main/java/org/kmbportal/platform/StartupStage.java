package org.kmbportal.platform;

/**
 * The events of the portal's start-up, fired in order by {@link PortalStartup}; features observe the stage they need
 * (synchronously, so each stage is complete before the next begins).
 */
public final class StartupStage {

    private StartupStage() {
    }

    /** The schema is migrated: features may read and write the database. */
    public record DatabaseReady() {
    }

    /** The library is loaded (imported if it was empty): derived stores such as the search index may open. */
    public record LibraryReady() {
    }
}

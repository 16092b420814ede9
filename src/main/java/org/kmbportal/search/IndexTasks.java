package org.kmbportal.search;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * The index's background work, run by the container with a proper component context (so the database can be read
 * from it): a poll of the change log every second (other nodes' changes, missed wake-ups), an immediate catch-up when
 * a change commits here, and full rebuilds. The follower and the rebuild guard their own concurrency.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IndexTasks {

    @Inject
    IndexFollower follower;

    @Inject
    IndexRebuild rebuild;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void poll() {
        follower.pollQuietly();
    }

    @Asynchronous
    public void catchUpSoon() {
        follower.pollQuietly();
    }

    @Asynchronous
    public void rebuildInBackground() {
        rebuild.runStarted();
    }
}

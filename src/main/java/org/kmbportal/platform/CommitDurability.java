package org.kmbportal.platform;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * Makes committed transactions survive a crash of the machine, not only of the portal, before a derived store (the
 * search index) records that it has seen them: the index must never claim a change the database could still lose.
 * H2 writes each commit to its file at once ({@code WRITE_DELAY=0}, see {@link PortalDataSource}) but the operating
 * system may still hold it: {@code CHECKPOINT SYNC} forces it to the disk. PostgreSQL acknowledges a commit only once
 * its log is on disk (unless {@code synchronous_commit} is off, which is warned about at start).
 */
@ApplicationScoped
public class CommitDurability {

    @Inject
    PortalSettings settings;

    private static final Logger LOG = Logger.getLogger(CommitDurability.class.getName());

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    DataSource dataSource;

    /** Returns once every transaction committed so far is on disk. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forceCommittedToDisk() {
        if (!PortalDataSource.isH2(settings)) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not force its commits to disk", e);
        }
    }

    void onDatabaseReady(@Observes StartupStage.DatabaseReady ready) {
        if (PortalDataSource.isH2(settings)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
            if (result.next() && "off".equalsIgnoreCase(result.getString(1))) {
                LOG.warning("PostgreSQL runs with synchronous_commit=off: a crash of PostgreSQL can lose commits the"
                        + " portal confirmed. The search index then finds itself ahead and rebuilds at start.");
            }
        } catch (SQLException e) {
            LOG.fine(() -> "Could not read synchronous_commit: " + e.getMessage());
        }
    }
}

package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.kmbportal.insights.KeptSearchWords;

/**
 * Searches kept before the portal took people's names out of them (and, for the oldest, email addresses and telephone
 * numbers) are masked as a search is now masked when it is kept ({@link KeptSearchWords}), against the library's
 * words as the database holds them: the taxonomy file and the published titles. Plain SQL, so it runs alike on H2 and
 * PostgreSQL; only the rows it changes are written.
 */
public class V33__personal_names_out_of_kept_searches extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<String> texts = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT source_yaml FROM taxonomy")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT title FROM resource WHERE status = 'PUBLISHED'")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        KeptSearchWords words = KeptSearchWords.against(texts);
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("SELECT id, query_text, typed_text FROM search_signal");
                PreparedStatement update = db.prepareStatement(
                        "UPDATE search_signal SET query_text = ?, typed_text = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                KeptSearchWords.Kept kept = words.again(rows.getString(2), rows.getString(3));
                if (kept.query().equals(rows.getString(2)) && kept.typed().equals(rows.getString(3))) {
                    continue;
                }
                update.setString(1, kept.query());
                update.setString(2, kept.typed());
                update.setLong(3, rows.getLong(1));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}

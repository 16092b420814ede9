/**
 * Flyway's Java migrations, beside the SQL ones in {@code src/main/resources/db/migration}: a change of stored data
 * that needs the portal's own rules (V33 masks kept searches as {@code insights.KeptSearchWords} does).
 */
package db.migration;

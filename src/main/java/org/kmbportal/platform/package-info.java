/**
 * What every feature stands on: typed configuration, the database connection, schema migrations, the ordered
 * start-up (migrate, import, open the index) and the readiness check that scripts wait on.
 */
package org.kmbportal.platform;

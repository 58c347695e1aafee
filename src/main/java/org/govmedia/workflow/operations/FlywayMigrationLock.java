package org.govmedia.workflow.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nodes that start at the same moment on an empty PostgreSQL database ran the application's
 * migrations at once: the second found the first's schema history table created but still empty,
 * which Flyway refuses to baseline ("already exists, and is empty"), and that node exited. The
 * migrations now run under a PostgreSQL advisory lock on a connection of their own (the cluster
 * lock's idea; that bean needs the transaction manager, which itself waits for Flyway): the second
 * node waits, then finds every migration applied. An embedded H2 database has one node: no lock.
 */
@Configuration
public class FlywayMigrationLock {

  static final String LOCK = "govmedia-flyway";

  @Bean
  FlywayMigrationStrategy migrateOneNodeAtATime() {
    return flyway -> {
      DataSource dataSource = flyway.getConfiguration().getDataSource();
      try (Connection connection = dataSource.getConnection()) {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        if (postgres) {
          call(connection, "select pg_advisory_lock(hashtext(?))");
        }
        try {
          flyway.migrate();
        } finally {
          if (postgres) {
            call(connection, "select pg_advisory_unlock(hashtext(?))");
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot take the migration lock", e);
      }
    };
  }

  private static void call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, LOCK);
      statement.execute();
    }
  }
}

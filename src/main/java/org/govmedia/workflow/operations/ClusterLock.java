package org.govmedia.workflow.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mutual exclusion between the nodes of a cluster for the few things every node does once at
 * start-up (creating the engine's tables on an empty database, creating groups, authorizations and
 * Tasklist filters): a PostgreSQL advisory lock, so the second node waits for the first and then
 * finds everything in place. An embedded H2 database has one node only: no lock.
 */
@Component
public class ClusterLock {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterLock.class);

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private volatile Boolean postgres;

  public ClusterLock(DataSource dataSource, TransactionTemplate transaction) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = transaction;
  }

  /** Runs the work in one transaction that holds the lock until it commits. */
  public void inTransaction(String name, Runnable work) {
    transaction.executeWithoutResult(status -> {
      if (postgres()) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> null, name);
      }
      work.run();
    });
  }

  /** Takes the lock on a connection of its own until the returned handle is closed. */
  public Held hold(String name) {
    if (!postgres()) {
      return () -> { };
    }
    try {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(true);
      call(connection, "select pg_advisory_lock(hashtext(?))", name);
      LOG.debug("holding cluster lock {}", name);
      return () -> {
        try (connection) {
          call(connection, "select pg_advisory_unlock(hashtext(?))", name);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the cluster lock " + name, e);
    }
  }

  /** A held lock; closing releases it. */
  public interface Held extends AutoCloseable {
    @Override
    void close() throws SQLException;
  }

  private boolean postgres() {
    if (postgres == null) {
      try (Connection connection = dataSource.getConnection()) {
        postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read the database product", e);
      }
    }
    return postgres;
  }

  private static void call(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      statement.execute();
    }
  }
}

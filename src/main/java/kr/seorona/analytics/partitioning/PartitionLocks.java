package kr.seorona.analytics.partitioning;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Which process runs a partition, told by the shared job repository's database: whoever runs an
 * attempt of a partition holds this lock for it, keyed by job instance and partition name (so two
 * attempts of one partition exclude each other), for exactly as long as it runs. On PostgreSQL
 * (the remote profile's repository) it is a session-level advisory lock on a connection of its
 * own, which the server releases when the holder's connection ends: a worker killed by SIGKILL
 * holds nothing, a live one holds the lock whatever the status its step execution shows. On
 * other databases (the embedded H2 of a single-process run, where a killed process took its
 * partitions with it) every lock is granted at once.
 */
public final class PartitionLocks {

	private final DataSource dataSource;

	private final boolean advisory;

	private PartitionLocks(DataSource dataSource, boolean advisory) {
		this.dataSource = dataSource;
		this.advisory = advisory;
	}

	/**
	 * Locks on the database of {@code dataSource}: advisory locks on PostgreSQL, none elsewhere.
	 * @throws DataAccessResourceFailureException when the database does not answer
	 */
	public static PartitionLocks of(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return new PartitionLocks(dataSource,
					"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName()));
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException("cannot reach the job repository's database", ex);
		}
	}

	/** Whether a lock says anything (PostgreSQL); elsewhere every lock is granted. */
	public boolean enforced() {
		return this.advisory;
	}

	/**
	 * Takes the lock of a partition, waiting while another process holds it.
	 * @param jobInstanceId the job instance of the run
	 * @param partition the partition's step name, e.g. {@code ingestPartition:2022-attendance}
	 */
	public Held lock(long jobInstanceId, String partition) {
		return acquire(jobInstanceId, partition, true).orElseThrow();
	}

	/** Takes the lock of a partition, or returns empty at once when another process holds it. */
	public Optional<Held> tryLock(long jobInstanceId, String partition) {
		return acquire(jobInstanceId, partition, false);
	}

	private Optional<Held> acquire(long jobInstanceId, String partition, boolean wait) {
		if (!this.advisory) {
			return Optional.of(() -> {
			});
		}
		long key = key(jobInstanceId, partition);
		Connection connection = null;
		try {
			connection = this.dataSource.getConnection();
			connection.setAutoCommit(true);
			boolean taken = query(connection, wait ? "SELECT pg_advisory_lock(?) IS NOT NULL" : "SELECT pg_try_advisory_lock(?)",
					key);
			if (!taken) {
				connection.close();
				return Optional.empty();
			}
			Connection held = connection;
			return Optional.of(() -> release(held, key));
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw new DataAccessResourceFailureException("cannot lock partition " + partition + " of job instance "
					+ jobInstanceId + " in the job repository's database", ex);
		}
	}

	private static void release(Connection connection, long key) {
		try {
			query(connection, "SELECT pg_advisory_unlock(?)", key);
		}
		catch (SQLException ex) {
			// the connection broke: the server has released the lock with the session
		}
		finally {
			closeQuietly(connection);
		}
	}

	private static boolean query(Connection connection, String sql, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// nothing left to release
		}
	}

	/** The 64-bit advisory lock key of a partition of a job instance. */
	static long key(long jobInstanceId, String partition) {
		return UUID.nameUUIDFromBytes(("seorona-partition " + jobInstanceId + " " + partition)
			.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
	}

	/** A lock held; {@link #close()} releases it. */
	@FunctionalInterface
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

}

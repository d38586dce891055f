package kr.seorona.analytics.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Creates the Spring Batch job repository tables once, when they do not exist yet, with Spring
 * Batch's own DDL for the database (H2 or PostgreSQL); never re-runs it on a database that has
 * them; on PostgreSQL under an advisory lock, so that processes starting together on an empty
 * database create them once. Replaces Boot's {@code spring.batch.jdbc.initialize-schema}, which re-runs the DDL at every
 * start on a non-embedded database.
 */
@Component
class JobRepositorySchema implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(JobRepositorySchema.class);

	/** The PostgreSQL advisory lock key held while the tables are checked and created. */
	private static final long SCHEMA_LOCK = 0x5e0a0a5c4e3aL;

	private final DataSource dataSource;

	JobRepositorySchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			String platform = platform(connection.getMetaData().getDatabaseProductName());
			boolean shared = platform.equals("postgresql");
			if (shared) {
				// several processes (workers started together) may find the tables missing at once
				advisoryLock(connection, "pg_advisory_lock");
			}
			try {
				if (hasTable(connection.getMetaData(), "BATCH_JOB_INSTANCE")) {
					return;
				}
				logger.info("Creating the job repository tables ({})", platform);
				new ResourceDatabasePopulator(
						new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
					.populate(connection);
			}
			finally {
				if (shared) {
					advisoryLock(connection, "pg_advisory_unlock");
				}
			}
		}
	}

	private static void advisoryLock(Connection connection, String function) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT " + function + "(" + SCHEMA_LOCK + ")");
		}
	}

	private static boolean hasTable(DatabaseMetaData metaData, String table) throws SQLException {
		for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
			try (ResultSet tables = metaData.getTables(null, null, name, new String[] { "TABLE" })) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	static String platform(String databaseProductName) {
		String product = databaseProductName.toLowerCase(Locale.ROOT);
		if (product.contains("h2")) {
			return "h2";
		}
		if (product.contains("postgres")) {
			return "postgresql";
		}
		throw new IllegalStateException("unsupported job repository database: " + databaseProductName
				+ " (supported: H2, PostgreSQL)");
	}

}

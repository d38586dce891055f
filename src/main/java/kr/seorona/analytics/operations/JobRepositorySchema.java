package kr.seorona.analytics.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * them. Replaces Boot's {@code spring.batch.jdbc.initialize-schema}, which re-runs the DDL at every
 * start on a non-embedded database.
 */
@Component
class JobRepositorySchema implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(JobRepositorySchema.class);

	private final DataSource dataSource;

	JobRepositorySchema(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		String platform;
		try (Connection connection = this.dataSource.getConnection()) {
			if (hasTable(connection.getMetaData(), "BATCH_JOB_INSTANCE")) {
				return;
			}
			platform = platform(connection.getMetaData().getDatabaseProductName());
		}
		logger.info("Creating the job repository tables ({})", platform);
		new ResourceDatabasePopulator(
				new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"))
			.execute(this.dataSource);
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

package kr.seorona.analytics.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job repository's tables on an empty PostgreSQL database (127.0.0.1:5432) when several
 * processes start at once, as workers started together do: created once, and every start
 * succeeds. Skipped, with the reason printed, where no PostgreSQL answers (except in CI).
 */
class JobRepositorySchemaTests {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	@Test
	void startsTogetherOnAnEmptyDatabaseCreateTheTablesOnce() throws Exception {
		String database = "seorona_schema_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			execute("postgres", "CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			Assumptions.assumeFalse("true".equals(System.getenv("SEORONA_REQUIRE_POSTGRES")), ex::getMessage);
			System.out.println("JobRepositorySchemaTests skipped: no PostgreSQL on 127.0.0.1:5432 (" + ex.getMessage() + ")");
			Assumptions.abort("no PostgreSQL on 127.0.0.1:5432");
		}
		try {
			int starts = 4;
			CyclicBarrier together = new CyclicBarrier(starts);
			ExecutorService threads = Executors.newFixedThreadPool(starts);
			List<Future<Void>> results = new ArrayList<>();
			for (int i = 0; i < starts; i++) {
				Callable<Void> start = () -> {
					DriverManagerDataSource dataSource = new DriverManagerDataSource(SERVER + database, "postgres", "");
					together.await();
					new JobRepositorySchema(dataSource).afterPropertiesSet();
					return null;
				};
				results.add(threads.submit(start));
			}
			for (Future<Void> result : results) {
				result.get();
			}
			threads.shutdown();
			try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
					Statement statement = connection.createStatement();
					ResultSet tables = statement.executeQuery(
							"SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'batch_%'")) {
				tables.next();
				assertThat(tables.getInt(1)).as("Spring Batch's six tables").isEqualTo(6);
			}
		}
		finally {
			execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private static void execute(String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}

package kr.seorona.analytics.operations;


import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared job repository on a real PostgreSQL (127.0.0.1:5432, profile {@code postgres}), in a
 * database created for this test: the annual job runs, is killed, restarts where it stopped, and
 * the schema is created once only. Skipped, with the reason printed, where no PostgreSQL is
 * reachable, except in CI ({@code SEORONA_REQUIRE_POSTGRES=true}), where it must run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresJobRepositoryFunctionalTests {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	@TempDir
	static Path root;

	String database = "seorona_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@BeforeAll
	void createDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + this.database);
		}
		catch (SQLException ex) {
			boolean required = "true".equals(System.getenv("SEORONA_REQUIRE_POSTGRES"));
			if (required) {
				throw ex;
			}
			System.out.println("PostgresJobRepositoryFunctionalTests skipped: no PostgreSQL on 127.0.0.1:5432 ("
					+ ex.getMessage() + ")");
			Assumptions.abort("no PostgreSQL reachable on 127.0.0.1:5432: " + ex.getMessage());
		}
	}

	@AfterAll
	void dropDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			// the database was never created
		}
	}

	@Test
	void annualJobRunsIsRestartedAfterAKillAndCreatesTheSchemaOnce() throws Exception {
		Path output = root.resolve("output");
		JobProcess killed = start("charts", "output=" + output);
		killed.awaitPause("charts");
		killed.kill();
		assertThat(executionStatuses()).containsExactly("STARTED");

		JobProcess restarted = start(null, "output=" + output);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		assertThat(restarted.output()).doesNotContain("Creating the job repository tables");
		assertThat(executionStatuses()).containsExactly("FAILED", "COMPLETED");
		assertThat(stepsOfLastExecution()).as("the restart resumed at the failed step")
			.containsExactly("prepare", "charts", "documents", "publish");
		assertThat(output.resolve("datasets/participation")).isDirectory();

		JobProcess history = start(null, "runs");
		assertThat(history.exitCode()).isZero();
		assertThat(history.output()).contains("COMPLETED").contains("FAILED").contains("2019,2020,2021,2022");
	}

	private JobProcess start(String pauseAt, String... arguments) throws Exception {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--spring.profiles.active=postgres");
		all.add("--spring.datasource.url=" + SERVER + this.database);
		return JobProcess.start(root.resolve("logs"), pauseAt, all.toArray(String[]::new));
	}

	private List<String> executionStatuses() throws SQLException {
		return strings("SELECT status FROM batch_job_execution ORDER BY job_execution_id");
	}

	private List<String> stepsOfLastExecution() throws SQLException {
		return strings("SELECT step_name FROM batch_step_execution WHERE job_execution_id = "
				+ "(SELECT max(job_execution_id) FROM batch_job_execution) ORDER BY step_execution_id");
	}

	private List<String> strings(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(SERVER + this.database, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}

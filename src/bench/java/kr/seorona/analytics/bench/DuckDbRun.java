package kr.seorona.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The DuckDB side of the benchmark, run as its own JVM: what an analyst's DuckDB script does with the
 * same files as the {@code annualReport} job (CSV in, validate, keyed-hash the ids, drop duplicate
 * attendance, the same group-by aggregates, {@code COPY ... TO} Parquet partitioned by year with
 * ZSTD). In-memory database, 2 threads. Prints {@code rows=<input rows>} and {@code version=<DuckDB version>} on success.
 * <p>
 * Usage: {@code DuckDbRun <input folder with year sub-folders> <output folder>}
 */
public final class DuckDbRun {

	static final List<String> GROUPS = List.of("PRINCIPAL", "VICE_PRINCIPAL", "TEACHER", "ADMIN_DIRECTOR",
			"EDU_STAFF", "PARENT");

	private DuckDbRun() {
	}

	public static void main(String[] args) throws SQLException, IOException {
		Path input = Path.of(args[0]).toAbsolutePath();
		Path output = Path.of(args[1]).toAbsolutePath();
		Files.createDirectories(output);
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement sql = connection.createStatement()) {
			sql.execute("SET threads = 2");
			sql.execute("SET preserve_insertion_order = false");
			for (String statement : script(input, output)) {
				sql.execute(statement);
			}
			try (ResultSet rs = sql.executeQuery("SELECT (SELECT count(*) FROM raw_networks) + "
					+ "(SELECT count(*) FROM raw_sessions) + (SELECT count(*) FROM raw_attendance) + "
					+ "(SELECT count(*) FROM raw_survey)")) {
				rs.next();
				System.out.println("rows=" + rs.getLong(1));
			}
			try (ResultSet rs = sql.executeQuery("SELECT version()")) {
				rs.next();
				System.out.println("version=" + rs.getString(1));
			}
		}
	}

	static List<String> script(Path input, Path output) {
		String groups = "('" + String.join("','", GROUPS) + "')";
		String year = "CAST(regexp_extract(filename, '(\\d{4})/[^/]+$', 1) AS INTEGER) AS year";
		String key = "'bench-key:'";
		return List.of(
				// read every year's files as text, as the job does (it validates every value itself)
				raw("networks", input, year), raw("sessions", input, year), raw("attendance", input, year),
				raw("survey", input, year),
				// validate and pseudonymise
				"CREATE TABLE networks AS SELECT year, network_id, network_name, \"group\" AS group_code, "
						+ "CAST(member_count AS INTEGER) AS member_count FROM raw_networks "
						+ "WHERE coalesce(network_id, '') <> '' AND \"group\" IN " + groups
						+ " AND try_cast(member_count AS INTEGER) >= 0",
				"CREATE TABLE sessions AS SELECT s.year, s.session_id, nullif(s.network_id, '') AS network_id, "
						+ "CAST(s.date AS DATE) AS meeting_date, s.type AS meeting_type, s.mode AS meeting_mode, "
						+ "CAST(s.duration_minutes AS INTEGER) AS duration_minutes, "
						+ "CAST(s.headcount AS INTEGER) AS headcount, s.topic FROM raw_sessions s "
						+ "WHERE coalesce(s.session_id, '') <> '' AND try_cast(s.date AS DATE) IS NOT NULL "
						+ "AND s.type IN ('regular', 'joint') AND s.mode IN ('offline', 'online', 'hybrid') "
						+ "AND try_cast(s.duration_minutes AS INTEGER) > 0 AND try_cast(s.headcount AS INTEGER) >= 0 "
						+ "AND (coalesce(s.network_id, '') = '' OR EXISTS (SELECT 1 FROM networks n "
						+ "WHERE n.year = s.year AND n.network_id = s.network_id)) "
						+ "QUALIFY row_number() OVER (PARTITION BY s.year, s.session_id) = 1",
				"CREATE TABLE attendance AS SELECT a.year, a.session_id, sha256(" + key
						+ " || a.participant_id) AS participant_key, a.\"group\" AS group_code, sha256(" + key
						+ " || a.school_id) AS school_key FROM raw_attendance a "
						+ "SEMI JOIN sessions s ON s.year = a.year AND s.session_id = a.session_id "
						+ "WHERE coalesce(a.participant_id, '') <> '' AND coalesce(a.school_id, '') <> '' "
						+ "AND a.\"group\" IN " + groups
						+ " QUALIFY row_number() OVER (PARTITION BY a.year, a.session_id, a.participant_id) = 1",
				"CREATE TABLE survey AS SELECT year, sha256(" + key + " || respondent_id) AS respondent_key, "
						+ "\"group\" AS group_code, sha256(" + key + " || school_id) AS school_key, "
						+ answer("q1") + ", " + answer("q2") + ", " + answer("q3") + ", " + answer("q4") + ", "
						+ answer("q5") + ", " + answer("q6") + ", comment FROM raw_survey "
						+ "WHERE coalesce(respondent_id, '') <> '' AND \"group\" IN " + groups,
				// the statistics: participation by year and group, sessions by year, type and mode,
				// survey items by year and group
				"CREATE TABLE participation_by_group AS SELECT a.year, a.group_code, count(*) AS attendances, "
						+ "count(DISTINCT a.participant_key) AS participants, "
						+ "count(DISTINCT a.school_key) AS schools, count(DISTINCT a.session_id) AS sessions "
						+ "FROM attendance a GROUP BY ALL",
				"CREATE TABLE sessions_by_type AS SELECT year, meeting_type, meeting_mode, count(*) AS sessions, "
						+ "sum(duration_minutes) AS minutes, sum(headcount) AS headcount, avg(headcount) AS mean_headcount "
						+ "FROM sessions GROUP BY ALL",
				"CREATE TABLE survey_items AS SELECT year, group_code, item, count(answer) AS n, avg(answer) AS mean, "
						+ "stddev_samp(answer) AS sd FROM (UNPIVOT survey ON q1, q2, q3, q4, q5, q6 "
						+ "INTO NAME item VALUE answer) GROUP BY ALL",
				// Parquet: records partitioned by year, statistics as single files, all ZSTD
				copy("networks", output, true), copy("sessions", output, true), copy("attendance", output, true),
				copy("survey", output, true), copy("participation_by_group", output, false),
				copy("sessions_by_type", output, false), copy("survey_items", output, false));
	}

	private static String raw(String kind, Path input, String year) {
		String glob = input.toString().replace("'", "''") + "/*/" + kind + ".csv";
		return "CREATE TABLE raw_" + kind + " AS SELECT " + year + ", * EXCLUDE (filename) FROM read_csv('" + glob
				+ "', header = true, all_varchar = true, filename = true, quote = '\"', escape = '\"')";
	}

	private static String answer(String item) {
		return "nullif(try_cast(" + item + " AS INTEGER), 99) AS " + item;
	}

	private static String copy(String table, Path output, boolean byYear) {
		String target = output.resolve(table).toString().replace("'", "''") + (byYear ? "" : ".parquet");
		return "COPY " + table + " TO '" + target + "' (FORMAT parquet, COMPRESSION zstd"
				+ (byYear ? ", PARTITION_BY (year), OVERWRITE_OR_IGNORE" : "") + ")";
	}

}

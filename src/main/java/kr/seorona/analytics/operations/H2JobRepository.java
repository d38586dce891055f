package kr.seorona.analytics.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes an H2 <em>file</em> job repository safe for killed and concurrent runs:
 * <ul>
 * <li>{@code WRITE_DELAY=0}: H2 otherwise writes committed transactions to its file up to 500 ms
 * later, so a process killed by SIGKILL loses its last commits (seen: a job instance kept and its
 * execution lost, every later run refused with "Cannot find any job execution");</li>
 * <li>no {@code AUTO_SERVER}: with it, the first process hosts the database for the others, and a
 * second run dies half-way ("Could not open JDBC Connection") when the first exits or is killed;</li>
 * <li>instead, one process at a time uses the database: the first connection takes an
 * operating-system lock on {@code <database>.run.lock} (released when the process ends, even by
 * SIGKILL) and a second process from the same folder waits for it, saying so.</li>
 * </ul>
 * Other databases (PostgreSQL) are left as they are.
 */
@Component
class H2JobRepository implements BeanPostProcessor {

	private static final Logger logger = LoggerFactory.getLogger(H2JobRepository.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && isH2File(hikari.getJdbcUrl())) {
			hikari.setJdbcUrl(durable(hikari.getJdbcUrl()));
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && isH2File(hikari.getJdbcUrl())) {
			return new Locked(hikari, lockFile(hikari.getJdbcUrl()));
		}
		return bean;
	}

	static boolean isH2File(String url) {
		return url != null && url.toLowerCase(Locale.ROOT).startsWith(H2_FILE);
	}

	/** The URL without {@code AUTO_SERVER} and with {@code WRITE_DELAY=0}. */
	static String durable(String url) {
		StringBuilder result = new StringBuilder();
		for (String part : url.split(";")) {
			String setting = part.trim().toUpperCase(Locale.ROOT);
			if (setting.startsWith("AUTO_SERVER=") || setting.startsWith("WRITE_DELAY=") || part.isBlank()) {
				continue;
			}
			result.append(result.isEmpty() ? "" : ";").append(part);
		}
		return result.append(";WRITE_DELAY=0").toString();
	}

	/** {@code <database path>.run.lock} for {@code jdbc:h2:file:<database path>;...}. */
	static Path lockFile(String url) {
		String path = url.substring(H2_FILE.length()).split(";")[0];
		if (path.startsWith("~")) {
			path = System.getProperty("user.home") + path.substring(1);
		}
		return Path.of(path + ".run.lock").toAbsolutePath();
	}

	/** The data source, whose first connection waits for the database's process lock. */
	static final class Locked extends DelegatingDataSource {

		private final Path lockFile;

		private volatile FileChannel held;

		Locked(DataSource target, Path lockFile) {
			super(target);
			this.lockFile = lockFile;
		}

		@Override
		public Connection getConnection() throws SQLException {
			awaitLock();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			awaitLock();
			return super.getConnection(username, password);
		}

		private synchronized void awaitLock() {
			if (this.held != null) {
				return;
			}
			try {
				Files.createDirectories(this.lockFile.getParent());
				FileChannel channel = FileChannel.open(this.lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
						StandardOpenOption.WRITE);
				boolean told = false;
				while (true) {
					FileLock lock;
					try {
						lock = channel.tryLock();
					}
					catch (OverlappingFileLockException ex) {
						// another context of this process holds it: H2 shares the database in-process
						break;
					}
					if (lock != null) {
						channel.truncate(0);
						channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
							.getBytes(StandardCharsets.US_ASCII)));
						break;
					}
					if (!told) {
						logger.info("Waiting: another run from this folder ({}) is using the job repository {}; "
								+ "this run continues when it ends.", holder(), this.lockFile);
						told = true;
					}
					Thread.sleep(500);
				}
				this.held = channel;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot lock the job repository " + this.lockFile, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the job repository " + this.lockFile, ex);
			}
		}

		private String holder() {
			try {
				String text = Files.readString(this.lockFile, StandardCharsets.US_ASCII).trim();
				return text.isEmpty() ? "process unknown" : text;
			}
			catch (IOException ex) {
				return "process unknown";
			}
		}

	}

}

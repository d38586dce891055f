package kr.seorona.analytics.operations;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import kr.seorona.analytics.parquet.LockFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import static kr.seorona.analytics.operations.RemoteCluster.partitionsRun;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning with the datasets on HDFS for real: an in-process HDFS
 * ({@code MiniDFSCluster}, one name node and one data node in this JVM) as
 * {@code datasets=hdfs://localhost:<port>/...}, a manager and two worker processes
 * ({@link RemoteCluster}); the published datasets, copied back from HDFS, and the reports equal a
 * local run's. The HDFS datasets lock ({@code .seorona-lock}) of a killed run is taken over by the
 * next run, as the local lock is. Skipped, with the reason printed, where no broker or PostgreSQL
 * answers (except in CI) or the in-process HDFS cannot start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemotePartitioningHdfsFunctionalTests {

	@RegisterExtension
	static final RemoteCluster cluster = new RemoteCluster();

	MiniDFSCluster hdfs;

	FileSystem fs;

	Path baseline;

	@BeforeAll
	void hdfsBrokerDatabaseAndALocalRun() throws Exception {
		try {
			this.hdfs = new MiniDFSCluster.Builder(new Configuration(), cluster.root().resolve("hdfs").toFile()).numDataNodes(1)
				.build();
			this.hdfs.waitActive();
			this.fs = this.hdfs.getFileSystem();
		}
		catch (Exception | LinkageError ex) {
			String reason = "the in-process HDFS (MiniDFSCluster) did not start: " + ex;
			System.out.println("RemotePartitioningHdfsFunctionalTests skipped: " + reason);
			Assumptions.abort(reason);
		}
		this.baseline = RemoteCluster.baseline();
	}

	@AfterAll
	void stopEverything() throws Exception {
		if (this.hdfs != null) {
			this.hdfs.shutdown();
		}
	}

	@Test
	void twoWorkersStageOnHdfsAndTheOutputsEqualALocalRun() throws Exception {
		JobProcess first = cluster.worker("worker-1", null);
		JobProcess second = cluster.worker("worker-2", null);
		URI lake = lake("remote");
		Path output = cluster.root().resolve("remote-output");

		JobProcess manager = cluster.manager("manager", output, "datasets=" + lake);
		assertThat(manager.exitCode()).as(manager.output()).isZero();

		List<String> all = new ArrayList<>(partitionsRun(first));
		all.addAll(partitionsRun(second));
		assertThat(all).as("every partition once")
			.containsExactlyInAnyOrderElementsOf(RemotePartitioningFunctionalTests.PARTITIONS);
		assertPublished(lake, output);
	}

	@Test
	void theLockOfAKilledRunIsTakenOverByTheNextRun() throws Exception {
		URI lake = lake("killed");
		Path output = cluster.root().resolve("killed-output");
		Path repository = cluster.root().resolve("killed-repository");
		JobProcess killed = JobProcess.start(repository, "charts", "output=" + output, "datasets=" + lake);
		killed.awaitPause("charts");
		killed.kill();
		assertThat(this.fs.exists(new org.apache.hadoop.fs.Path(lake + DatasetsLock.REMOTE_FILE_NAME)))
			.as("the killed run's lock file").isTrue();

		JobProcess restarted = JobProcess.start(repository, null, "output=" + output, "datasets=" + lake);
		assertThat(restarted.exitCode()).as(restarted.output()).isZero();
		assertThat(restarted.output()).contains("was left by a run that stopped").contains("no longer runs");
		assertPublished(lake, output);
	}

	@Test
	void aLockNotRenewedForLongIsStaleAndARenewedOneIsNot() throws Exception {
		URI lake = lake("foreign");
		this.fs.mkdirs(new org.apache.hadoop.fs.Path(lake));
		assertThat(LockFile.createExclusive(lake, DatasetsLock.REMOTE_FILE_NAME, "host elsewhere pid 1 lock x\n"))
			.isTrue();
		assertThat(DatasetsLock.tryAcquire(lake)).as("held by a live run of another host").isEmpty();

		LockFile.Existing lock = LockFile.read(lake, DatasetsLock.REMOTE_FILE_NAME).orElseThrow();
		Instant later = Instant.ofEpochMilli(lock.renewedAt()).plusSeconds(DatasetsLock.STALE_SECONDS + 1);
		assertThat(DatasetsLock.staleness(lock, later)).startsWith("not renewed for");
		this.fs.setTimes(new org.apache.hadoop.fs.Path(lake + DatasetsLock.REMOTE_FILE_NAME),
				System.currentTimeMillis() - (DatasetsLock.STALE_SECONDS + 5) * 1000L, -1);
		try (DatasetsLock taken = DatasetsLock.tryAcquire(lake).orElseThrow()) {
			assertThat(LockFile.read(lake, DatasetsLock.REMOTE_FILE_NAME).orElseThrow().content())
				.contains("pid " + ProcessHandle.current().pid());
		}
		assertThat(LockFile.read(lake, DatasetsLock.REMOTE_FILE_NAME)).as("released").isEmpty();
	}

	private URI lake(String name) {
		return URI.create(this.fs.getUri() + "/" + name + "/");
	}

	/** The datasets copied back from HDFS into the output, then compared with the local run's. */
	private void assertPublished(URI lake, Path output) throws Exception {
		this.fs.copyToLocalFile(false, new org.apache.hadoop.fs.Path(lake + "datasets"),
				new org.apache.hadoop.fs.Path(new File(output.toFile(), "datasets").toURI()), true);
		assertThat(OutputComparison.differences(this.baseline, output)).isEmpty();
		assertThat(this.fs.exists(new org.apache.hadoop.fs.Path(lake + DatasetsLock.REMOTE_FILE_NAME)))
			.as("the lock released").isFalse();
	}

}

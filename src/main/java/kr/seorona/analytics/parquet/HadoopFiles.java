package kr.seorona.analytics.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.HadoopParquetConfiguration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Hadoop plumbing shared by the writer, reader and committer. A root URI may name any Hadoop
 * FileSystem ({@code file:} by default; {@code hdfs:}, {@code s3a:}, ... when the site adds the
 * client jar and a {@code core-site.xml} on the classpath). The local file system writes no
 * {@code .crc} side files.
 */
final class HadoopFiles {

	private static final Configuration BASE = new Configuration();

	private HadoopFiles() {
	}

	/** A copy of the Hadoop configuration ({@code core-default.xml} plus any {@code core-site.xml}). */
	static Configuration configuration() {
		return new Configuration(BASE);
	}

	/** The file system of a root URI, with checksum side files off. */
	static FileSystem fileSystem(URI root) {
		try {
			FileSystem fs = FileSystem.get(root, BASE);
			fs.setWriteChecksum(false);
			return fs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the file system of " + root, ex);
		}
	}

	/**
	 * A Parquet output file written through the given file system instance (so its checksum setting
	 * applies even when a site disables the FileSystem cache).
	 */
	static OutputFile outputFile(FileSystem fs, Path path) {
		if (local(fs)) {
			// java.nio: Hadoop's local file system sets permissions by running chmod (without its
			// native library), one process per file and folder created
			java.nio.file.Path file = localPath(path);
			return new LocalOutputFile(file) {

				@Override
				public PositionOutputStream create(long blockSizeHint) throws IOException {
					Files.createDirectories(file.getParent());
					return super.create(blockSizeHint);
				}

				@Override
				public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
					Files.createDirectories(file.getParent());
					return super.createOrOverwrite(blockSizeHint);
				}

			};
		}
		return new OutputFile() {

			@Override
			public PositionOutputStream create(long blockSizeHint) throws IOException {
				return HadoopStreams.wrap(fs.create(path, false));
			}

			@Override
			public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
				return HadoopStreams.wrap(fs.create(path, true));
			}

			@Override
			public boolean supportsBlockSize() {
				return false;
			}

			@Override
			public long defaultBlockSize() {
				return 0;
			}

			@Override
			public String getPath() {
				return path.toString();
			}

		};
	}

	/** {@code root/relative}, without doubled slashes. */
	static Path resolve(URI root, String relative) {
		String base = root.toString();
		return new Path(base.endsWith("/") ? base + relative : base + "/" + relative);
	}

	/**
	 * Every visible file below a folder (names starting with {@code _} or {@code .} are skipped, as
	 * Hive, Spark and DuckDB do), sorted by path; empty when the folder does not exist.
	 */
	static List<Path> files(FileSystem fs, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		if (!fs.exists(folder)) {
			return files;
		}
		collectFiles(fs, folder, folder, files);
		files.sort(java.util.Comparator.comparing(Path::toString));
		return files;
	}

	/**
	 * {@code listStatus} folder by folder rather than {@code listFiles}: its located statuses read
	 * each file's permissions, which the local file system does by running {@code ls} per file.
	 */
	private static void collectFiles(FileSystem fs, Path root, Path folder, List<Path> files) throws IOException {
		for (FileStatus status : fs.listStatus(folder)) {
			if (hidden(relative(root, status.getPath()))) {
				continue;
			}
			if (status.isDirectory()) {
				collectFiles(fs, root, status.getPath(), files);
			}
			else {
				files.add(status.getPath());
			}
		}
	}

	/**
	 * Creates a folder and its parents; on the local file system through java.nio (Hadoop's sets
	 * the permissions of each new folder by running chmod).
	 * @return whether the folder exists afterwards
	 */
	static boolean mkdirs(FileSystem fs, Path folder) throws IOException {
		if (local(fs)) {
			Files.createDirectories(localPath(folder));
			return true;
		}
		return fs.mkdirs(folder);
	}

	/**
	 * Creates or overwrites a file, creating its folders; on the local file system through java.nio
	 * (see {@link #mkdirs}).
	 */
	static java.io.OutputStream create(FileSystem fs, Path file) throws IOException {
		if (local(fs)) {
			java.nio.file.Path target = localPath(file);
			Files.createDirectories(target.getParent());
			return Files.newOutputStream(target);
		}
		return fs.create(file, true);
	}

	/**
	 * The Parquet view of {@link #configuration()}: readers built without one would each make a new
	 * Hadoop configuration and parse {@code core-default.xml} again (~15 ms a file).
	 */
	static ParquetConfiguration parquetConfiguration() {
		return new HadoopParquetConfiguration(configuration());
	}

	/**
	 * A Parquet input file: read through java.nio on the local file system ({@code file:}; no
	 * Hadoop stream, checksum wrapper or file system look-up per file), through Hadoop elsewhere.
	 */
	static InputFile inputFile(Path path) throws IOException {
		if ("file".equals(path.toUri().getScheme())) {
			return new LocalInputFile(localPath(path));
		}
		return HadoopInputFile.fromPath(path, configuration());
	}

	/** The file metadata in a Parquet file's footer. */
	static FileMetaData footer(Path file) throws IOException {
		try (ParquetFileReader reader = ParquetFileReader.open(inputFile(file),
				ParquetReadOptions.builder(parquetConfiguration()).build())) {
			return reader.getFooter().getFileMetaData();
		}
	}

	/** A path of the local file system as a java.nio path (with or without the {@code file:} scheme). */
	static java.nio.file.Path localPath(Path path) {
		URI uri = path.toUri();
		return (uri.getScheme() == null) ? java.nio.file.Path.of(uri.getPath()) : java.nio.file.Path.of(uri);
	}

	/** Whether a file system is the local one ({@code file:}), where java.nio can do the work. */
	static boolean local(FileSystem fs) {
		return "file".equals(fs.getUri().getScheme());
	}

	/** Direct sub-folders of a folder, sorted by name; empty when it does not exist. */
	static List<FileStatus> folders(FileSystem fs, Path folder) throws IOException {
		List<FileStatus> folders = new ArrayList<>();
		if (fs.exists(folder)) {
			for (FileStatus status : fs.listStatus(folder)) {
				if (status.isDirectory()) {
					folders.add(status);
				}
			}
		}
		folders.sort(java.util.Comparator.comparing((status) -> status.getPath().getName()));
		return folders;
	}

	/** Path of {@code file} relative to {@code folder}, '/'-separated. */
	static String relative(Path folder, Path file) {
		String base = folder.toUri().getPath();
		String path = file.toUri().getPath();
		if (!base.endsWith("/")) {
			base = base + "/";
		}
		if (!path.startsWith(base)) {
			throw new IllegalArgumentException(file + " is not below " + folder);
		}
		return path.substring(base.length());
	}

	private static boolean hidden(String relative) {
		for (String segment : relative.split("/")) {
			if (segment.startsWith("_") || segment.startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}

package kr.seorona.analytics.operations;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kr.seorona.analytics.ingest.RecordKind;

/**
 * The values of the job parameters: read from what an analyst writes ({@code jobs/annualReport.yml}
 * or {@code name=value} on the command line), and written back the same way for readers of a run's
 * parameters (the dashboard's run table). Each reader throws {@link InvalidParameterException} with
 * a message that names the parameter and the values it accepts.
 */
public final class ParameterValues {

	private ParameterValues() {
	}

	/**
	 * A stored job parameter as an analyst writes it, with the words of the README's parameter table
	 * for the stored forms of "not set": {@code maxRejectCount} -1 is {@code none}, an empty
	 * {@code allowEmpty} {@code none}, an empty {@code encoding} {@code auto}, an empty
	 * {@code datasets} {@code output}. Other values unchanged.
	 * @param name the job parameter's name, e.g. {@code maxRejectCount}
	 * @param stored its value as held in the job repository, e.g. {@code -1}
	 */
	public static String asWritten(String name, String stored) {
		return switch (name) {
			case AnnualReportParameters.MAX_REJECT_COUNT -> "-1".equals(stored) ? "none" : stored;
			case AnnualReportParameters.ALLOW_EMPTY -> stored.isEmpty() ? "none" : stored;
			case AnnualReportParameters.ENCODING -> stored.isEmpty() ? "auto" : stored;
			case AnnualReportParameters.DATASETS -> stored.isEmpty() ? "output" : stored;
			default -> stored;
		};
	}

	static Path folder(Map<String, String> values, String name, String fallback, boolean mustExist) {
		String raw = values.getOrDefault(name, fallback);
		if (raw == null || raw.isBlank()) {
			throw new InvalidParameterException("parameter '" + name + "' must name a folder");
		}
		Path folder = Path.of(raw.trim()).toAbsolutePath().normalize();
		if (mustExist && !Files.isDirectory(folder)) {
			throw new InvalidParameterException("parameter '" + name + "': folder not found: " + folder);
		}
		if (!mustExist && Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new InvalidParameterException("parameter '" + name + "': not a folder: " + folder);
		}
		if (!mustExist) {
			try {
				Files.createDirectories(folder);
			}
			catch (IOException | UnsupportedOperationException ex) {
				throw new InvalidParameterException("parameter '" + name + "': cannot create the folder " + folder + " ("
						+ ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "")
						+ "); choose a folder you can write to");
			}
		}
		return folder;
	}

	static Locale locale(String raw) {
		String tag = raw.trim().toLowerCase(Locale.ROOT);
		if (!tag.equals("ko") && !tag.equals("en")) {
			throw new InvalidParameterException("parameter 'locale' must be ko or en, but was '" + raw + "'");
		}
		return Locale.forLanguageTag(tag);
	}

	static int integer(String raw, String name, int min, int max) {
		try {
			int value = Integer.parseInt(raw.trim());
			if (value < min || value > max) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(
					"parameter '" + name + "' must be a whole number from " + min + " to " + max + ", but was '" + raw + "'");
		}
	}

	static double share(String raw) {
		try {
			double value = Double.parseDouble(raw.trim());
			if (!(value >= 0 && value <= 1)) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(
					"parameter 'maxRejectShare' must be a share from 0 to 1, but was '" + raw + "'");
		}
	}

	static boolean audit(String raw) {
		String value = raw.trim().toLowerCase(Locale.ROOT);
		if (!value.equals("true") && !value.equals("false")) {
			throw new InvalidParameterException("audit must be true or false but was '" + raw + "'");
		}
		return value.equals("true");
	}

	static URI datasets(String raw) {
		if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("output")) {
			return null;
		}
		try {
			URI uri = new URI(raw.trim());
			if (uri.getScheme() == null || uri.getScheme().length() < 2) {
				uri = Path.of(raw.trim()).toAbsolutePath().normalize().toUri();
			}
			return URI.create(uri.toString().endsWith("/") ? uri.toString() : uri + "/");
		}
		catch (URISyntaxException ex) {
			throw new InvalidParameterException("parameter 'datasets' must be a folder or a file system URI such as "
					+ "hdfs://namenode/seorona/, but was '" + raw + "'");
		}
	}

	static Set<RecordKind> kinds(String raw) {
		try {
			return RecordKind.parseList(raw);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("parameter 'allowEmpty' must be none or record kinds (networks, sessions,"
					+ " attendance, survey), e.g. allowEmpty=survey, but was '" + raw + "'");
		}
	}

	static Charset encoding(String raw) {
		if (raw == null || raw.isBlank() || raw.trim().equalsIgnoreCase("auto")) {
			return null;
		}
		try {
			return Charset.forName(raw.trim());
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new InvalidParameterException("parameter 'encoding': unknown encoding '" + raw
					+ "' (e.g. UTF-8, MS949, UTF-16, or auto to detect)");
		}
	}

}

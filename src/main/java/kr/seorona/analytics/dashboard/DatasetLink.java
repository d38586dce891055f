package kr.seorona.analytics.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * A published dataset, linked from the page.
 *
 * @param name the dataset's folder name, e.g. {@code participation}
 * @param description what one row is (from the dataset catalogue, English)
 * @param files its Parquet files, relative to the output folder with '/' separators, sorted; empty
 * when the datasets are published outside the output folder
 */
public record DatasetLink(String name, String description, List<String> files) {

	public DatasetLink {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		files = (files != null) ? List.copyOf(files) : List.of();
	}

}

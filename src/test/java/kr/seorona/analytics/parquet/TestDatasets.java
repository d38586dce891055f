package kr.seorona.analytics.parquet;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Datasets that exist only in tests, covering the types no catalogue dataset uses yet. */
final class TestDatasets {

	/** A row with every supported type, DECIMAL and TIMESTAMP included. */
	public record Budget(int year, String label, BigDecimal amount, BigDecimal smallAmount, LocalDateTime startsAt,
			Long count, Integer rank, Boolean approved, boolean flag, double ratio) {
	}

	static final DatasetDefinition<Budget> BUDGETS = DatasetDefinition
		.yearly("budgets", Budget.class, "Test dataset with decimals and timestamps.")
		.withDecimal("amount", 12, 2)
		.withDecimal("small_amount", 9, 2)
		.sortedBy("label");

	private TestDatasets() {
	}

}

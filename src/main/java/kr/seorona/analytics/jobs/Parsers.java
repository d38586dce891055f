package kr.seorona.analytics.jobs;

import kr.seorona.analytics.ingest.AliasTable;
import kr.seorona.analytics.ingest.HmacPseudonymizer;
import kr.seorona.analytics.ingest.RecordParsers;

/** Builds the record parsers of a run from its definitions, alias table and pseudonymisation key. */
final class Parsers {

	private Parsers() {
	}

	static RecordParsers create(RunContext run) {
		AliasTable aliases = AliasTable.load(run.parameters().definitions().resolve("aliases.yml"));
		return new RecordParsers(run.definitions(), aliases, HmacPseudonymizer.fromEnvironment(),
				run.parameters().encoding());
	}

}

package kr.seorona.analytics.report;

import java.time.LocalDate;
import java.util.Locale;

import kr.seorona.analytics.ingest.LocalizedText;
import kr.seorona.analytics.ingest.ReportIdentity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFilesTests {

	@Test
	void nameComesFromTheIdentityWithoutCharactersWindowsForbids() {
		ReportIdentity identity = new ReportIdentity(new LocalizedText("울산광역시교육청", "Ulsan Office: Education"),
				new LocalizedText("서로나눔학교 네트워크/본청", "Seorona \"networks\""), new LocalizedText("담당", "team"));
		assertThat(ReportFiles.name(identity, 2022, Locale.KOREAN))
			.isEqualTo("울산광역시교육청_서로나눔학교_네트워크본청_2022학년도_운영결과보고_초안");
		assertThat(ReportFiles.name(identity, 2022, Locale.ENGLISH))
			.isEqualTo("Ulsan_Office_Education_Seorona_networks_2022_results_report_draft");
	}

	@Test
	void figuresAreRoundedHalfUpAndDatesWrittenAsInKoreanDocuments() {
		assertThat(ReportText.decimal(4.125)).isEqualTo("4.13");
		assertThat(ReportText.percent(0.30769)).isEqualTo("30.8");
		assertThat(ReportText.count(12345)).isEqualTo("12,345");
		assertThat(ReportText.pValue(0.0004)).isEqualTo("< 0.001");
		assertThat(ReportText.pValue(0.0286)).isEqualTo("= 0.029");
		assertThat(ReportText.date(LocalDate.of(2022, 4, 29), Locale.KOREAN)).isEqualTo("2022. 4. 29.");
		assertThat(ReportText.date(LocalDate.of(2022, 4, 29), Locale.ENGLISH)).isEqualTo("29 April 2022");
	}

}

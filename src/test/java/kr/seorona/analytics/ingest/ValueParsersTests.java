package kr.seorona.analytics.ingest;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ValueParsersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2022-04-29             | 2022-04-29
			2022. 4. 29.           | 2022-04-29
			2022.4.29              | 2022-04-29
			2022. 04. 29           | 2022-04-29
			2022/4/29              | 2022-04-29
			2022-4-9               | 2022-04-09
			2022년 4월 29일         | 2022-04-29
			2022년 4월 29일 금요일   | 2022-04-29
			22.04.29               | 2022-04-29
			2022. 4. 29. 오후 3:00  | 2022-04-29
			2022. 4. 29. 오전 11:59:59 | 2022-04-29
			2022-04-29T15:00:00    | 2022-04-29
			2022-04-29 3:00 PM     | 2022-04-29
			44680                  | 2022-04-29
			44680.625              | 2022-04-29
			20220429               | 2022-04-29
			２０２２－０４－２９       | 2022-04-29
			29/04/2022             | 2022-04-29
			04/29/2022             | 2022-04-29
			05/05/2022             | 2022-05-05
			""")
	void acceptedDates(String raw, LocalDate expected) {
		ValueParsers.Result<LocalDate> result = ValueParsers.date(raw);
		assertThat(result.reason()).isNull();
		assertThat(result.value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2022-02-30             | INVALID_DATE
			2021-02-29             | INVALID_DATE
			60                     | INVALID_DATE
			0                      | INVALID_DATE
			2022-04-31             | INVALID_DATE
			2022. 4. 29. 오후 13:00 | INVALID_DATE
			2022-04-29 24:00       | INVALID_DATE
			2022-04-29 10:60       | INVALID_DATE
			04/05/2022             | AMBIGUOUS_DATE
			2022.04                | INVALID_DATE
			2022                   | INVALID_DATE
			4월 말                  | INVALID_DATE
			'   '                  | MISSING_VALUE
			""")
	void rejectedDates(String raw, String reason) {
		ValueParsers.Result<LocalDate> result = ValueParsers.date(raw);
		assertThat(result.value()).isNull();
		assertThat(result.reason()).isEqualTo(reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1      | 1900-01-01
			59     | 1900-02-28
			61     | 1900-03-01
			44680  | 2022-04-29
			2958465| 9999-12-31
			""")
	void excelSerialsFollowExcelsLeapYearBug(long serial, LocalDate expected) {
		assertThat(ValueParsers.excelSerial(serial).value()).isEqualTo(expected);
	}

	@Test
	void excelSerial60IsTheFictitiousFebruary29() {
		assertThat(ValueParsers.excelSerial(60).reason()).isEqualTo("INVALID_DATE");
		assertThat(ValueParsers.excelSerial(60).detail()).isEqualTo("Excel serial 60 is 1900-02-29, a day that does not exist");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12          | 12
			' 12 '      | 12
			'1,200'     | 1200
			'12,345,678'| 12345678
			１２        | 12
			12명        | 12
			90분        | 90
			12.0        | 12
			+5          | 5
			""")
	void acceptedIntegers(String raw, int expected) {
		assertThat(ValueParsers.integer(raw, false).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			-1          | NEGATIVE_NUMBER
			2.5         | NOT_AN_INTEGER
			'1,2'       | NOT_A_NUMBER
			'12,00'     | NOT_A_NUMBER
			twelve      | NOT_A_NUMBER
			''          | MISSING_VALUE
			99999999999 | OUT_OF_RANGE
			""")
	void rejectedIntegers(String raw, String reason) {
		assertThat(ValueParsers.integer(raw, false).reason()).isEqualTo(reason);
	}

	@Test
	void negativeNumbersWhereAllowed() {
		assertThat(ValueParsers.integer("-3", true).value()).isEqualTo(-3);
	}

	@Test
	void cleaningPlainAsciiIsTheFullNormalisation() {
		java.util.Random random = new java.util.Random(8);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				// printable ASCII, a few blanks and control characters, and now and then a full-width form
				int pick = random.nextInt(100);
				text.append((pick < 90) ? (char) (0x20 + random.nextInt(0x5F))
						: (pick < 95) ? (char) random.nextInt(0x20) : (char) (0xFF01 + random.nextInt(0x5E)));
			}
			String raw = text.toString();
			String full = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC)
				.replace('\u00A0', ' ')
				.replace("\uFEFF", "")
				.strip();
			assertThat(ValueParsers.clean(raw)).as("clean(%s)", raw).isEqualTo(full);
		}
	}

	@ParameterizedTest
	@CsvSource({ "0,0", "4,4", "9,9", "' 5 ',5", "５,5", "12,12", "'1,234',1234", "3.5,3.5" })
	void decimalsOfOneDigitAndMore(String raw, double expected) {
		assertThat(ValueParsers.decimal(raw).value()).isEqualTo(expected);
	}

}

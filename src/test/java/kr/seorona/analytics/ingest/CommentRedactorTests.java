package kr.seorona.analytics.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommentRedactorTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			연락은 kim.cs@school.go.kr 로                  | 연락은 [삭제] 로
			휴대폰 010-1234-5678 입니다                     | 휴대폰 [삭제] 입니다
			휴대폰 01012345678                             | 휴대폰 [삭제]
			휴대폰 010 1234 5678                           | 휴대폰 [삭제]
			교무실 02-123-4567                             | 교무실 [삭제]
			교무실 031-1234-5678                           | 교무실 [삭제]
			해외 +82 10-1234-5678                          | 해외 [삭제]
			해외 +82-2-123-4567                            | 해외 [삭제]
			김철수 선생님 감사합니다                         | [삭제] 선생님 감사합니다
			김철수선생님께                                  | [삭제]선생님께
			박영희 교장선생님의 말씀                         | [삭제] 교장선생님의 말씀
			이민호 교감이 진행                              | [삭제] 교감이 진행
			최지우님 고맙습니다                             | [삭제]님 고맙습니다
			정우성 씨와 함께                                | [삭제] 씨와 함께
			한가인 주무관님                                 | [삭제] 주무관님
			교장선생님께서 좋아하셨다                        | 교장선생님께서 좋아하셨다
			담임 선생님과 학부모님 모두                      | 담임 선생님과 학부모님 모두
			우리 학교 교감 선생님                           | 우리 학교 교감 선생님
			회의 시간 2022-04-29 15:00, 참석 12명           | 회의 시간 2022-04-29 15:00, 참석 12명
			""")
	void redacts(String comment, String expected) {
		assertThat(CommentRedactor.redact(comment)).isEqualTo(expected);
	}

	/**
	 * The corpus of personal data in {@code pii-corpus.tsv}: each text, cleaned as the parsers clean
	 * cells, keeps none of its personal part.
	 */
	@Test
	void removesEveryPersonalStringOfTheCorpus() throws IOException {
		KnownIdentifiers ids = new KnownIdentifiers();
		ids.learn("P000245");
		ids.learn("R-2022-0007");
		ids.learn("홍길동");
		List<String[]> corpus = Files.readAllLines(Path.of("src/test/resources/ingest/pii-corpus.tsv"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t"))
			.toList();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(30).allSatisfy((entry) -> assertThat(entry).hasSize(2));
		List<String> survived = new ArrayList<>();
		for (String[] entry : corpus) {
			String redacted = CommentRedactor.redact(ValueParsers.clean(entry[0]), ids);
			if (redacted.contains(entry[1]) || !redacted.contains(CommentRedactor.REPLACEMENT)) {
				survived.add(entry[0] + " -> " + redacted);
			}
		}
		assertThat(survived).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "회의 시간 2022-04-29 15:00, 참석 12명", "2022학년도 1학기 운영 사례 공유", "SES-2022-001 회의 자료",
			"오늘 일이 많았지만 이사회 일정 공유가 좋았습니다", "일정은 4월 29일 오후 3시", "@멘션 없이 좋았어요", "네트워크 NET-2022-PAR-01 모임",
			"학교 S1891 방문", "길동무 모임이 좋았어요", "사이 공간이 넓어요, 오륙십 명 참석" })
	void keepsTextWithoutPersonalData(String text) {
		KnownIdentifiers ids = new KnownIdentifiers();
		ids.learn("P000245");
		ids.learn("홍길동");
		assertThat(CommentRedactor.redact(text, ids)).isEqualTo(text);
	}

	@Test
	void learnsIdShapesNotYearsOrNames() {
		assertThat(KnownIdentifiers.shape("P000116")).isEqualTo("P[0-9]{6}");
		assertThat(KnownIdentifiers.shape("R-2022-0031")).isEqualTo("R\\-[0-9]{4}\\-[0-9]{4}");
		assertThat(KnownIdentifiers.shape("2022")).isNull();
		assertThat(KnownIdentifiers.shape("20220001")).isEqualTo("[0-9]{8}");
		assertThat(KnownIdentifiers.shape("홍길동")).isNull();
		assertThat(KnownIdentifiers.shape("kim")).isNull();
	}

	@Test
	void sameShapeAgreesWithTheShapesItSkipsBuilding() {
		String[] ids = { "P000116", "P000245", "P00024", "p000245", "R-2022-0031", "R-2023-0032", "R_2022-0031", "20220001",
				"20220002", "A1B2", "A12B", "AB12", "홍길동", "홍길순", "" };
		for (String a : ids) {
			for (String b : ids) {
				String shapeA = KnownIdentifiers.shape(a);
				if (shapeA != null && KnownIdentifiers.shape(b) != null) {
					assertThat(KnownIdentifiers.sameShape(a, b)).as(a + " ~ " + b)
						.isEqualTo(shapeA.equals(KnownIdentifiers.shape(b)));
				}
			}
		}
		KnownIdentifiers learned = new KnownIdentifiers();
		learned.learn("P000116");
		learned.learn("P000245");
		learned.learn("R-2022-0031");
		learned.learn("P000777");
		assertThat(learned.shapes()).containsExactly("P[0-9]{6}", "R\\-[0-9]{4}\\-[0-9]{4}");
	}

	@Test
	void nullStaysNull() {
		assertThat(CommentRedactor.redact(null)).isNull();
	}

}

package kr.seorona.analytics.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	@Test
	void nullStaysNull() {
		assertThat(CommentRedactor.redact(null)).isNull();
	}

}

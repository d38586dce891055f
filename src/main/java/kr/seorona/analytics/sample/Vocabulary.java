package kr.seorona.analytics.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Korean texts of the sample data: meeting topics (school-innovation sharing topics; some contain
 * a comma or double quotes so that CSV quoting is exercised) and survey comments. No names, phone
 * numbers or e-mail addresses.
 */
final class Vocabulary {

	private static final List<Topic> TOPICS = List.of(
			new Topic("혁신학교 운영 사례 공유", 2019),
			new Topic("학교자치 갈등 해결 방안", 2019),
			new Topic("교육과정 재구성 사례, 성과와 과제", 2019, SampleGroup.PRINCIPAL, SampleGroup.VICE_PRINCIPAL,
					SampleGroup.TEACHER),
			new Topic("민주적 회의 문화 만들기", 2019),
			new Topic("학교 공간 혁신 사례 공유", 2019),
			new Topic("마을결합형 교육과정 운영", 2019, SampleGroup.PRINCIPAL, SampleGroup.TEACHER, SampleGroup.PARENT),
			new Topic("교직원 간 소통, 협력 구조 만들기", 2019, SampleGroup.PRINCIPAL, SampleGroup.VICE_PRINCIPAL,
					SampleGroup.TEACHER, SampleGroup.ADMIN_DIRECTOR, SampleGroup.EDU_STAFF),
			new Topic("\"함께 크는 학교\" 비전 공유", 2019),
			new Topic("교육공동체 신뢰 회복 방안", 2019),
			new Topic("혁신학교 일반화, 지속 가능성 토론", 2019, SampleGroup.PRINCIPAL, SampleGroup.VICE_PRINCIPAL,
					SampleGroup.TEACHER),
			new Topic("학교 규칙 제정과 개정 절차", 2019),
			new Topic("서로나눔 네트워크 연간 계획 수립", 2019),
			new Topic("서로나눔 네트워크 활동 성찰과 평가", 2019),
			new Topic("학교 교육계획 수립 과정 공유", 2019, SampleGroup.PRINCIPAL, SampleGroup.VICE_PRINCIPAL,
					SampleGroup.TEACHER),
			new Topic("교원 전문적 학습공동체 운영", 2019, SampleGroup.PRINCIPAL, SampleGroup.VICE_PRINCIPAL,
					SampleGroup.TEACHER),
			new Topic("학생 자치 활동 지원 방안", 2019, SampleGroup.VICE_PRINCIPAL, SampleGroup.TEACHER,
					SampleGroup.PARENT),
			new Topic("기초학력 보장 지원 사례", 2019, SampleGroup.TEACHER, SampleGroup.PARENT),
			new Topic("학부모회 운영 경험 나눔", 2019, SampleGroup.PARENT),
			new Topic("학부모 참여 활성화 방안", 2019, SampleGroup.PRINCIPAL, SampleGroup.PARENT),
			new Topic("학교 예산 참여 편성 사례", 2019, SampleGroup.PRINCIPAL, SampleGroup.ADMIN_DIRECTOR,
					SampleGroup.PARENT),
			new Topic("업무 경감과 행정 지원 방안", 2019, SampleGroup.VICE_PRINCIPAL, SampleGroup.TEACHER,
					SampleGroup.ADMIN_DIRECTOR, SampleGroup.EDU_STAFF),
			new Topic("행정실과 교무실 협업 사례", 2020, SampleGroup.VICE_PRINCIPAL, SampleGroup.ADMIN_DIRECTOR,
					SampleGroup.EDU_STAFF),
			new Topic("교육공무직과 함께하는 학교 운영", 2020, SampleGroup.PRINCIPAL, SampleGroup.ADMIN_DIRECTOR,
					SampleGroup.EDU_STAFF),
			new Topic("학교 안전과 돌봄 협력", 2020, SampleGroup.EDU_STAFF, SampleGroup.PARENT),
			new Topic("코로나19 대응 원격수업 경험 나눔", 2020, SampleGroup.TEACHER, SampleGroup.PARENT),
			new Topic("등교 수업과 방역, 학교의 역할", 2020),
			new Topic("온라인 학부모 모임 운영 노하우", 2020, SampleGroup.PARENT),
			new Topic("일상 회복기 학교 교육활동 재설계", 2022));

	/**
	 * The regular-meeting topics a network of the group can have in the year, in a fixed order.
	 */
	static List<String> topics(int year, SampleGroup group) {
		List<String> topics = new ArrayList<>();
		for (Topic topic : TOPICS) {
			if (topic.fromYear() <= year && (topic.groups().isEmpty() || topic.groups().contains(group))) {
				topics.add(topic.text());
			}
		}
		return topics;
	}

	/** Topic of a joint meeting in the first half of the school year. */
	static final String JOINT_TOPIC_SPRING = "서로나눔학교 합동 네트워크 협의회";

	/** Topic of a joint meeting in the second half of the school year. */
	static final String JOINT_TOPIC_AUTUMN = "서로나눔학교 합동 네트워크 성과 공유회, 한 해를 돌아보며";

	/** Survey comments (most respondents leave the comment blank). */
	static final List<String> COMMENTS = List.of(
			"다른 학교의 사례를 들을 수 있어 좋았습니다.",
			"온라인 회의라 참여가 편했지만 깊은 대화는 어려웠습니다.",
			"학부모와 교사가 함께 이야기하는 자리가 더 많았으면 합니다.",
			"모임 시간이 평일 저녁이라 참석이 어려웠습니다.",
			"갈등 해결 사례가 실제 학교 운영에 도움이 되었습니다.",
			"내년에도 계속 참여하고 싶습니다.",
			"주제가 다양해서 좋았지만, 시간이 부족했습니다.",
			"행정실 입장도 이해할 수 있는 기회였습니다.",
			"\"서로나눔\"이라는 이름처럼 서로 배우는 시간이었습니다.",
			"합동 네트워크 회의가 가장 인상 깊었습니다.",
			"소규모 모임이 더 활발했으면 좋겠습니다.",
			"교육공무직의 목소리를 들을 수 있어 의미 있었습니다.");

	private Vocabulary() {
	}

	/**
	 * A meeting topic.
	 *
	 * @param text the topic in Korean
	 * @param fromYear first year the topic is plausible (e.g. COVID-19 topics from 2020)
	 * @param groups groups whose networks discuss it; empty for all
	 */
	private record Topic(String text, int fromYear, Set<SampleGroup> groups) {

		Topic(String text, int fromYear, SampleGroup... groups) {
			this(text, fromYear, Set.of(groups));
		}

	}

}

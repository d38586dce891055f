package kr.seorona.analytics.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from free text (survey comments, meeting topics): e-mail addresses (also
 * with a Unicode domain {@code park@학교.kr}, blanks around the {@code @} or {@code (at)}), Korean
 * phone numbers (mobile {@code 010-1234-5678} / {@code 01012345678}, landline {@code 02-123-4567},
 * international {@code +82 10-1234-5678}, also written in Korean digit words {@code 공일공-1234-5678}),
 * identifiers of the run's participants and respondents ({@link KnownIdentifiers}) and personal
 * names followed by a title or honorific
 * ({@code 김철수 선생님}, {@code 이영희 교감}, {@code 박민수님}, {@code 최지우 씨}). Each is replaced by
 * {@value #REPLACEMENT}; a title is kept ({@code [삭제] 선생님}). Names are detected by form (two to four
 * Hangul syllables before a title), so the redaction errs on the side of removing too much.
 */
public final class CommentRedactor {

	/** What replaces each redacted part. */
	public static final String REPLACEMENT = "[삭제]";

	private static final Pattern EMAIL = Pattern.compile(
			"[\\p{L}\\p{N}._%+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}",
			Pattern.CASE_INSENSITIVE);

	/** Korean digit words (Sino-Korean, as phone numbers are read out), by the digit they stand for. */
	private static final String KOREAN_DIGITS = "공영일이삼사오육륙칠팔구";

	private static final String KOREAN_DIGIT_VALUES = "001234566789";

	private static final Pattern PHONE = Pattern.compile(
			"(?<![0-9])(?:\\+82[-.\\s]?\\(?0?\\)?[-.\\s]?(?:1[016789]|[2-6][0-9]?)|0(?:1[016789]|2|[3-6][1-5]|70|50[0-9]?))"
					+ "[-.)\\s]?[0-9]{3,4}[-.\\s]?[0-9]{4}(?![0-9])");

	private static final String TITLES = "교장\\s?선생님|교감\\s?선생님|교장님|교감님|교장|교감|선생님|선생|주무관님|주무관|실장님|실장|"
			+ "부장님|부장|장학사님|장학사|학부모님|어머님|아버님|님|씨";

	private static final Pattern NAME = Pattern.compile("(?<![가-힣])([가-힣]{2,4}?)(\\s?)(" + TITLES + ")");

	/**
	 * Cheap pre-check: every title of {@link #TITLES} contains one of these, so text without any of
	 * them has no name with a title (a topic such as {@code 혁신학교 운영 사례 공유} is not searched).
	 */
	private static final List<String> TITLE_PARTS = List.of("님", "씨", "선생", "교장", "교감", "주무관", "실장", "부장", "장학사");

	/** Words that precede a title but are not names. */
	private static final Set<String> NOT_NAMES = Set.of("교장", "교감", "선생", "담임", "학부모", "부모", "우리", "모든", "여러",
			"다른", "각", "여러분", "어머", "아버", "부장", "실장", "행정", "행정실", "교사", "보건", "영양", "상담", "사서", "전문",
			"교육", "담당", "업무", "신규", "기간제", "원로", "수석", "보직", "선배", "후배", "동료", "친구", "고객", "손님", "학생",
			"교무", "연구", "진로", "체육", "음악", "미술", "과학", "수학", "영어", "국어", "사회", "담임선생", "교장교감", "참여",
			"주무관", "장학사", "학교", "이웃", "시민", "저희", "모두", "많은", "좋은", "훌륭한", "감사한");

	private CommentRedactor() {
	}

	/**
	 * @param comment free text, may be {@code null}
	 * @return the text with personal data replaced by {@value #REPLACEMENT}, or {@code null} for
	 * {@code null}
	 */
	public static String redact(String comment) {
		return redact(comment, null);
	}

	/**
	 * As {@link #redact(String)}, also removing the run's identifiers.
	 * @param ids the identifiers read so far, or {@code null}
	 */
	public static String redact(String comment, KnownIdentifiers ids) {
		if (comment == null) {
			return null;
		}
		String text = (comment.indexOf('@') >= 0 || comment.contains("(at)") || comment.contains("[at]")
				|| comment.contains("(AT)") || comment.contains("[AT]"))
				? EMAIL.matcher(comment).replaceAll(REPLACEMENT) : comment;
		if (digits(text) >= 7) {
			text = phones(text);
		}
		if (ids != null) {
			text = ids.redact(text);
		}
		if (!hasTitle(text)) {
			return text;
		}
		Matcher m = NAME.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			if (NOT_NAMES.contains(name) || isTitleWord(name)) {
				m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
			}
			else {
				m.appendReplacement(out, Matcher.quoteReplacement(REPLACEMENT + m.group(2) + m.group(3)));
			}
		}
		m.appendTail(out);
		return out.toString();
	}

	private static boolean hasTitle(String text) {
		for (String part : TITLE_PARTS) {
			if (text.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/** Digits, ASCII or Korean digit words. */
	private static int digits(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c) || KOREAN_DIGITS.indexOf(c) >= 0) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Phone numbers replaced: found in a copy of the text whose Korean digit words are digits (one
	 * character for one, so that positions agree), replaced in the text itself.
	 */
	private static String phones(String text) {
		char[] digits = text.toCharArray();
		boolean korean = false;
		for (int i = 0; i < digits.length; i++) {
			int k = KOREAN_DIGITS.indexOf(digits[i]);
			if (k >= 0) {
				digits[i] = KOREAN_DIGIT_VALUES.charAt(k);
				korean = true;
			}
		}
		if (!korean) {
			return PHONE.matcher(text).replaceAll(REPLACEMENT);
		}
		Matcher m = PHONE.matcher(new String(digits));
		StringBuilder out = new StringBuilder(text.length());
		int copied = 0;
		while (m.find()) {
			out.append(text, copied, m.start()).append(REPLACEMENT);
			copied = m.end();
		}
		return (copied == 0) ? text : out.append(text, copied, text.length()).toString();
	}

	private static boolean isTitleWord(String word) {
		return word.matches("(" + TITLES + ")+");
	}

}

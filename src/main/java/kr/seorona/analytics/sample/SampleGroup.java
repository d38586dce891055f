package kr.seorona.analytics.sample;

/**
 * The participant groups as the source systems export them: the canonical code (as in
 * {@code jobs/groups.yml}), the Korean label a Korean Excel export uses, the abbreviation used in
 * network ids, and the first year the group had networks. A test checks these against
 * {@code jobs/groups.yml}.
 */
enum SampleGroup {

	PRINCIPAL("교장", "PRI", 2019),

	VICE_PRINCIPAL("교감", "VIC", 2019),

	TEACHER("교사", "TEA", 2019),

	ADMIN_DIRECTOR("행정실장", "ADM", 2020),

	EDU_STAFF("교육공무직", "EDU", 2020),

	PARENT("학부모", "PAR", 2019);

	private final String labelKo;

	private final String abbreviation;

	private final int firstYear;

	SampleGroup(String labelKo, String abbreviation, int firstYear) {
		this.labelKo = labelKo;
		this.abbreviation = abbreviation;
		this.firstYear = firstYear;
	}

	String labelKo() {
		return this.labelKo;
	}

	String abbreviation() {
		return this.abbreviation;
	}

	int firstYear() {
		return this.firstYear;
	}

}

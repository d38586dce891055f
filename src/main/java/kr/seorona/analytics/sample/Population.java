package kr.seorona.analytics.sample;

import java.util.Arrays;
import java.util.Random;

/**
 * The people of the generated data across all years: each person has a stable raw participant id
 * ({@code P000123}, six digits or more) and a school ({@code S1234}). Memory: one {@code int} per
 * person.
 */
final class Population {

	private static final int FIRST_SCHOOL = 1000;

	private static final int SCHOOLS = 9000;

	private static final String[] SCHOOL_IDS = new String[SCHOOLS];

	static {
		for (int i = 0; i < SCHOOLS; i++) {
			SCHOOL_IDS[i] = "S" + (FIRST_SCHOOL + i);
		}
	}

	private int[] schools = new int[1024];

	private int size;

	/** Creates a person at a random school and returns the person's number (1, 2, ...). */
	int newPerson(Random random) {
		if (this.size == this.schools.length) {
			this.schools = Arrays.copyOf(this.schools, this.size * 2);
		}
		this.schools[this.size++] = random.nextInt(SCHOOLS);
		return this.size;
	}

	/** The school id of a person, e.g. {@code S1234}. */
	String schoolId(int person) {
		return SCHOOL_IDS[this.schools[person - 1]];
	}

	/** Number of people created so far. */
	int size() {
		return this.size;
	}

	/** The raw participant id of a person number: {@code P} and at least six digits. */
	static String participantId(int person) {
		String digits = Integer.toString(person);
		if (digits.length() >= 6) {
			return "P" + digits;
		}
		return "P" + "000000".substring(digits.length()) + digits;
	}

}

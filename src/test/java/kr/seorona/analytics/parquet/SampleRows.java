package kr.seorona.analytics.parquet;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample rows of any dataset record for tests: Korean text in every string, nulls in every
 * component the record accepts null for, several values per partition year.
 */
final class SampleRows {

	private SampleRows() {
	}

	/** {@code perYear} rows for each year (or {@code perYear} rows when the record has no year). */
	static <T extends Record> List<T> of(Class<T> type, List<Integer> years, int perYear) {
		RecordComponent[] components = type.getRecordComponents();
		boolean[] nullable = new boolean[components.length];
		for (int c = 0; c < components.length; c++) {
			if (!components[c].getType().isPrimitive()) {
				Object[] values = values(components, 0, 0, null);
				values[c] = null;
				nullable[c] = accepts(type, components, values);
			}
		}
		List<T> rows = new ArrayList<>();
		boolean hasYear = List.of(components).stream().anyMatch((component) -> component.getName().equals("year"));
		for (int year : hasYear ? years : List.of(0)) {
			for (int i = 0; i < perYear; i++) {
				Object[] values = values(components, year, i, nullable);
				rows.add(create(type, components, values));
			}
		}
		return rows;
	}

	private static Object[] values(RecordComponent[] components, int year, int i, boolean[] nullable) {
		Object[] values = new Object[components.length];
		for (int c = 0; c < components.length; c++) {
			boolean makeNull = nullable != null && nullable[c] && (i + c) % 3 == 0;
			values[c] = makeNull ? null : value(components[c], year, i, c);
		}
		// a total that the record checks (YearSummary: meetings = regular + joint meetings)
		int total = -1;
		for (int c = 0; c < components.length; c++) {
			if (components[c].getName().equals("meetings") && components[c].getType() == int.class) {
				total = c;
			}
		}
		if (total >= 0) {
			int sum = 0;
			for (int c = 0; c < components.length; c++) {
				if (components[c].getName().equals("regularMeetings") || components[c].getName().equals("jointMeetings")) {
					sum += (Integer) values[c];
				}
			}
			if (sum > 0) {
				values[total] = sum;
			}
		}
		return values;
	}

	private static Object value(RecordComponent component, int year, int i, int c) {
		Class<?> type = component.getType();
		if (component.getName().equals("year")) {
			return year;
		}
		if (type == int.class || type == Integer.class) {
			return i * 7 + c;
		}
		if (type == long.class || type == Long.class) {
			return 10_000_000_000L + i * 11L + c;
		}
		if (type == double.class || type == Double.class) {
			return i * 0.25 + c / 8.0;
		}
		if (type == boolean.class || type == Boolean.class) {
			return (i + c) % 2 == 0;
		}
		if (type == String.class) {
			return "학부모 네트워크 " + year + "-" + i + "/" + c;
		}
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return constants[(i + c) % constants.length];
		}
		if (type == LocalDate.class) {
			return LocalDate.of(Math.max(year, 2019), 3, 1).plusDays(i * 9L + c);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.of(Math.max(year, 2019), 3, 1, 18, 30).plusMinutes(i * 97L + c).plusNanos(123_000);
		}
		if (type == BigDecimal.class) {
			return new BigDecimal("1234.5").add(BigDecimal.valueOf(i * 101L + c, 2));
		}
		throw new IllegalArgumentException("no sample for " + component);
	}

	private static boolean accepts(Class<?> type, RecordComponent[] components, Object[] values) {
		try {
			create(type, components, values);
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private static <T> T create(Class<T> type, RecordComponent[] components, Object[] values) {
		try {
			Class<?>[] types = new Class<?>[components.length];
			for (int c = 0; c < components.length; c++) {
				types[c] = components[c].getType();
			}
			Constructor<T> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

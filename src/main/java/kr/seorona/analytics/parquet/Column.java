package kr.seorona.analytics.parquet;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * One column derived from one record component.
 *
 * @param name snake_case column name
 * @param component record component name
 * @param index position of the component in the record
 * @param kind how the value is stored
 * @param required whether the column is required (primitive component)
 * @param decimal precision and scale for {@link Kind#DECIMAL}, else null
 * @param javaType the component's type
 * @param accessor the component's accessor, type {@code (Record)Object}
 */
record Column(String name, String component, int index, Kind kind, boolean required, DecimalSpec decimal,
		Class<?> javaType, MethodHandle accessor) {

	/** Storage kinds of supported component types. */
	enum Kind {

		INT32, INT64, DOUBLE, BOOLEAN, STRING, ENUM, DATE, TIMESTAMP, DECIMAL

	}

	static Column of(String dataset, RecordComponent component, int index, Map<String, DecimalSpec> decimals) {
		return of(dataset, component, index, decimals, Map.of(), null);
	}

	/**
	 * The column of a component: named by {@code renames} (snake_case name to published name) or its
	 * snake_case name; a primitive component is required unless a suppression rule may withhold it.
	 */
	static Column of(String dataset, RecordComponent component, int index, Map<String, DecimalSpec> decimals,
			Map<String, String> renames, DatasetDefinition.Suppression suppression) {
		Class<?> type = component.getType();
		String snake = snakeCase(component.getName());
		String name = renames.getOrDefault(snake, snake);
		Kind kind;
		boolean required = type.isPrimitive() && (suppression == null || suppression.kept(name));
		if (type == int.class || type == Integer.class) {
			kind = Kind.INT32;
		}
		else if (type == long.class || type == Long.class) {
			kind = Kind.INT64;
		}
		else if (type == double.class || type == Double.class) {
			kind = Kind.DOUBLE;
		}
		else if (type == boolean.class || type == Boolean.class) {
			kind = Kind.BOOLEAN;
		}
		else if (type == String.class) {
			kind = Kind.STRING;
		}
		else if (type.isEnum()) {
			kind = Kind.ENUM;
		}
		else if (type == LocalDate.class) {
			kind = Kind.DATE;
		}
		else if (type == LocalDateTime.class) {
			kind = Kind.TIMESTAMP;
		}
		else if (type == BigDecimal.class) {
			kind = Kind.DECIMAL;
		}
		else {
			throw new IllegalArgumentException("dataset " + dataset + ": component " + component.getName() + " of type "
					+ component.getGenericType().getTypeName() + " is not supported (use int, long, double, boolean,"
					+ " their boxed types, String, an enum, LocalDate, LocalDateTime or BigDecimal)");
		}
		DecimalSpec decimal = decimals.get(name);
		if (kind == Kind.DECIMAL && decimal == null) {
			throw new IllegalArgumentException(
					"dataset " + dataset + ": BigDecimal column " + name + " needs a DecimalSpec in decimals()");
		}
		if (kind != Kind.DECIMAL && decimal != null) {
			throw new IllegalArgumentException("dataset " + dataset + ": column " + name + " is not a BigDecimal");
		}
		return new Column(name, component.getName(), index, kind, required, decimal, type, accessor(component));
	}

	private static MethodHandle accessor(RecordComponent component) {
		try {
			Method method = component.getAccessor();
			method.setAccessible(true);
			return MethodHandles.lookup()
				.unreflect(method)
				.asType(MethodType.methodType(Object.class, Record.class));
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalArgumentException("cannot access record component " + component, ex);
		}
	}

	/** {@code groupCode} -> {@code group_code}; {@code ciLower95} -> {@code ci_lower95}. */
	static String snakeCase(String camel) {
		StringBuilder out = new StringBuilder(camel.length() + 4);
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (Character.isUpperCase(c)) {
				if (i > 0) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The component's value in a row. */
	Object get(Record row) {
		try {
			return this.accessor.invokeExact(row);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("cannot read " + this.component + " of " + row, ex);
		}
	}

	/** The Parquet type of this column. */
	PrimitiveType parquetType() {
		Repetition repetition = this.required ? Repetition.REQUIRED : Repetition.OPTIONAL;
		return switch (this.kind) {
			case INT32 -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(this.name);
			case INT64 -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(this.name);
			case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(this.name);
			case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(this.name);
			case STRING, ENUM -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
				.as(LogicalTypeAnnotation.stringType())
				.named(this.name);
			case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
				.as(LogicalTypeAnnotation.dateType())
				.named(this.name);
			case TIMESTAMP -> Types.primitive(PrimitiveTypeName.INT64, repetition)
				.as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS))
				.named(this.name);
			case DECIMAL -> Types
				.primitive((this.decimal.precision() <= 9) ? PrimitiveTypeName.INT32 : PrimitiveTypeName.INT64,
						repetition)
				.as(LogicalTypeAnnotation.decimalType(this.decimal.scale(), this.decimal.precision()))
				.named(this.name);
		};
	}

}

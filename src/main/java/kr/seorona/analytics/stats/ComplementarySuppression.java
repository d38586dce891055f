package kr.seorona.analytics.stats;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Complementary (secondary) suppression over additive tables: where a published total has exactly
 * one withheld cell, that cell could be recovered by subtracting the published cells from the total.
 * The rule: while some published total has exactly one withheld cell, also withhold the smallest
 * other published cell of that total (smallest n; ties: the first in the order the cells were given
 * to {@link #total}); a total whose one withheld cell has no other cell is itself withheld. Totals
 * may be cells of other totals (a meeting's attendance is a cell of the year's joint attendance).
 * The result depends only on the cells, their order and the totals: same input, same suppression.
 * <p>
 * Cells are identified by object identity, so equal records stay distinct cells.
 */
final class ComplementarySuppression {

	private final Map<Object, Cell> cells = new IdentityHashMap<>();

	private final List<Total> totals = new ArrayList<>();

	/**
	 * Adds a cell.
	 * @param key the cell (a row object; identity matters)
	 * @param n the count of people the cell is about, for choosing the smallest
	 * @param withheld whether the cell is already withheld (primary suppression)
	 */
	void cell(Object key, long n, boolean withheld) {
		this.cells.put(key, new Cell(key, n, withheld));
	}

	/**
	 * Adds an additive relation: {@code total} is the sum of {@code members} (all added as cells).
	 * @throws IllegalArgumentException when a cell was not added
	 */
	void total(Object total, List<?> members) {
		List<Cell> parts = members.stream().map(this::find).toList();
		this.totals.add(new Total(find(total), parts));
	}

	/**
	 * Runs the rule and returns the cells withheld by it (not the primary ones), in the order they
	 * were withheld.
	 */
	List<Object> secondary() {
		List<Object> added = new ArrayList<>();
		boolean changed = true;
		while (changed) {
			changed = false;
			for (Total relation : this.totals) {
				Cell target = relation.complement();
				if (target != null) {
					target.withheld = true;
					added.add(target.key);
					changed = true;
				}
			}
		}
		return added;
	}

	/** Whether a cell is withheld, primary or secondary (after {@link #secondary()}). */
	boolean withheld(Object key) {
		return find(key).withheld;
	}

	private Cell find(Object key) {
		Cell cell = this.cells.get(Objects.requireNonNull(key, "cell"));
		if (cell == null) {
			throw new IllegalArgumentException("not a cell: " + key);
		}
		return cell;
	}

	private static final class Cell {

		private final Object key;

		private final long n;

		private boolean withheld;

		Cell(Object key, long n, boolean withheld) {
			this.key = key;
			this.n = n;
			this.withheld = withheld;
		}

	}

	private record Total(Cell total, List<Cell> members) {

		/** The cell to withhold next for this total, or null when the total is safe. */
		Cell complement() {
			if (this.total.withheld) {
				return null;
			}
			int withheld = 0;
			Cell smallest = null;
			for (Cell member : this.members) {
				if (member.withheld) {
					withheld++;
				}
				else if (smallest == null || member.n < smallest.n) {
					smallest = member;
				}
			}
			if (withheld != 1) {
				return null;
			}
			return (smallest != null) ? smallest : this.total;
		}

	}

}

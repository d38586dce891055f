package kr.seorona.analytics.charts;

import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.Locale;

/**
 * The texture of an area in grey: the mean absolute change of grey over 2 px horizontally,
 * vertically, and along the falling and the rising diagonal, and the share of its pixels more than
 * 24 levels off its median (the pattern's ink).
 */
record Texture(double[] change, double ink) {

	static final int[][] STEPS = { { 2, 0 }, { 0, 2 }, { 2, 2 }, { 2, -2 } };

	static Texture of(GreyscaleTests.Grey grey, Rectangle2D area) {
		int x0 = (int) Math.ceil(area.getMinX() * grey.scale()) + 1;
		int x1 = (int) Math.floor(area.getMaxX() * grey.scale()) - 1;
		int y0 = (int) Math.ceil(area.getMinY() * grey.scale()) + 1;
		int y1 = (int) Math.floor(area.getMaxY() * grey.scale()) - 1;
		double[] change = new double[STEPS.length];
		for (int d = 0; d < STEPS.length; d++) {
			long sum = 0;
			long count = 0;
			for (int y = Math.max(y0, y0 - STEPS[d][1]); y < Math.min(y1, y1 - STEPS[d][1]); y++) {
				for (int x = x0; x < x1 - STEPS[d][0]; x++) {
					sum += Math.abs(grey.luma()[y + STEPS[d][1]][x + STEPS[d][0]] - grey.luma()[y][x]);
					count++;
				}
			}
			change[d] = (count == 0) ? 0 : (double) sum / count;
		}
		int[] pixels = GreyscaleTests.pixels(grey, area);
		int[] sorted = pixels.clone();
		Arrays.sort(sorted);
		int median = sorted[sorted.length / 2];
		long ink = Arrays.stream(pixels).filter((value) -> Math.abs(value - median) > 24).count();
		return new Texture(change, (double) ink / pixels.length);
	}

	boolean plain() {
		return this.ink < 0.03;
	}

	/** Shares of the change along each direction (sum 1). */
	double[] profile() {
		double total = Arrays.stream(this.change).sum();
		return Arrays.stream(this.change).map((value) -> (total == 0) ? 0 : value / total).toArray();
	}

	/** How unlike two patterns are: 1 when one is plain and the other not, else the largest difference of their direction shares. */
	double distance(Texture other) {
		if (plain() || other.plain()) {
			return (plain() == other.plain()) ? 0 : 1;
		}
		double[] a = profile();
		double[] b = other.profile();
		double most = 0;
		for (int i = 0; i < a.length; i++) {
			most = Math.max(most, Math.abs(a[i] - b[i]));
		}
		return Math.max(most, Math.abs(Math.log(this.ink / other.ink)) / 4);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "ink %.2f, change %s", this.ink, Arrays.toString(
				Arrays.stream(profile()).map((v) -> Math.round(v * 100) / 100.0).toArray()));
	}

}

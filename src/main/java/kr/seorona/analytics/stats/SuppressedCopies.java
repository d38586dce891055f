package kr.seorona.analytics.stats;

/**
 * Copies of the statistics records with the suppressed flag set or some figures withheld, for
 * {@link SmallCells}.
 */
final class SuppressedCopies {

	private SuppressedCopies() {
	}

	static ParticipationStatistics suppressed(ParticipationStatistics r) {
		return new ParticipationStatistics(r.year(), r.groupCode(), r.networks(), r.meetings(), r.attendances(),
				r.distinctParticipants(), r.meanAttendance(), r.medianAttendance(), r.participationRate(),
				r.newParticipants(), r.retention(), r.onlineShare(), r.meetingsChange(), r.attendancesChange(),
				r.attendancesRelativeChange(), true);
	}

	/** Without new participants and retention, and, when {@code changes}, the changes. */
	static ParticipationStatistics withoutChanges(ParticipationStatistics r, boolean changes) {
		return new ParticipationStatistics(r.year(), r.groupCode(), r.networks(), r.meetings(), r.attendances(),
				r.distinctParticipants(), r.meanAttendance(), r.medianAttendance(), r.participationRate(), null,
				null, r.onlineShare(), changes ? null : r.meetingsChange(), changes ? null : r.attendancesChange(),
				changes ? null : r.attendancesRelativeChange(), r.suppressed());
	}

	static JointMeetingComposition suppressed(JointMeetingComposition r) {
		return new JointMeetingComposition(r.year(), r.sessionId(), r.date(), r.groupCode(), r.participants(),
				r.share(), true);
	}

	static JointMeetingAttendance suppressed(JointMeetingAttendance r) {
		return new JointMeetingAttendance(r.year(), r.sessionId(), r.date(), r.participants(), r.groups(), true);
	}

	static YearSummary suppressed(YearSummary r) {
		return new YearSummary(r.year(), r.groups(), r.networks(), r.regularMeetings(), r.jointMeetings(),
				r.meetings(), r.attendances(), r.jointAttendances(), r.distinctParticipants(), r.surveyRespondents(),
				true);
	}

	static ParticipationTrend suppressed(ParticipationTrend t) {
		return new ParticipationTrend(t.groupCode(), t.indicator(), t.firstYear(), t.lastYear(), t.years(),
				t.estimable(), t.compoundAnnualGrowthRate(), t.slope(), t.slopeLower95(), t.slopeUpper95(),
				t.rSquared(), t.slopePValue(), t.kendallTau(), t.kendallPValue(), t.kendallPMethod(),
				t.smallestYearParticipants(), true);
	}

	static SurveyItemStatistics suppressed(SurveyItemStatistics r) {
		return new SurveyItemStatistics(r.year(), r.groupCode(), r.itemCode(), r.scaleCode(), r.n(), r.missing(),
				r.mean(), r.standardDeviation(), r.standardError(), r.ciLower95(), r.ciUpper95(), r.median(),
				r.q1(), r.q3(), r.share1(), r.share2(), r.share3(), r.share4(), r.share5(), r.topTwoBox(),
				r.topTwoBoxLower95(), r.topTwoBoxUpper95(), r.weightedMean(), r.weightedStandardError(), true);
	}

	static SurveyScaleStatistics suppressed(SurveyScaleStatistics r) {
		return scale(r, r.cronbachAlpha(), r.alphaN(), true);
	}

	static SurveyScaleStatistics withoutAlpha(SurveyScaleStatistics r) {
		return scale(r, null, null, r.suppressed());
	}

	private static SurveyScaleStatistics scale(SurveyScaleStatistics r, Double alpha, Long alphaN,
			boolean suppressed) {
		return new SurveyScaleStatistics(r.year(), r.groupCode(), r.scaleCode(), r.items(), r.n(), r.missing(),
				r.mean(), r.standardDeviation(), r.standardError(), r.ciLower95(), r.ciUpper95(), r.median(),
				r.q1(), r.q3(), alpha, alphaN, r.weightedMean(), r.weightedStandardError(), suppressed);
	}

	static YearComparison suppressed(YearComparison c) {
		return comparison(c, c.nPaired(), true);
	}

	static YearComparison withoutPaired(YearComparison c) {
		return comparison(c, null, c.suppressed());
	}

	private static YearComparison comparison(YearComparison c, Long paired, boolean suppressed) {
		return new YearComparison(c.groupCode(), c.itemCode(), c.scaleScore(), c.fromYear(), c.toYear(), c.nFrom(),
				c.nTo(), paired, c.meanFrom(), c.meanTo(), c.difference(), c.t(), c.df(), c.pValue(),
				c.testMethod(), c.cohensD(), suppressed);
	}

}

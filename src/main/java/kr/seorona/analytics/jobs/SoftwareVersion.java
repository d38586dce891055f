package kr.seorona.analytics.jobs;

/** The software version recorded in output metadata: the jar's Implementation-Version, or "dev". */
final class SoftwareVersion {

	private SoftwareVersion() {
	}

	static String get() {
		String version = SoftwareVersion.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "dev";
	}

}

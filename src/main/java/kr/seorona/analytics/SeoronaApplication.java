package kr.seorona.analytics;

import kr.seorona.analytics.operations.AheadOfTimeStart;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the Seorona Analytics batch. The process exit code is the job's: 0 completed,
 * 5 failed, 4 stopped, 6 abandoned, 7 unknown, 1 launcher error, 2 invalid parameters or input
 * (see README).
 */
@SpringBootApplication
public class SeoronaApplication {

	public static void main(String[] args) {
		AheadOfTimeStart.adjust(args);
		System.exit(SpringApplication.exit(SpringApplication.run(SeoronaApplication.class, args)));
	}

}

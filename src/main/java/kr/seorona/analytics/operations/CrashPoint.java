package kr.seorona.analytics.operations;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Named points of a run where the crash-safety tests kill the process. When the system property
 * {@value #PROPERTY} names a point, the run prints {@code SEORONA-PAUSED <point>} on standard
 * output when it reaches it and waits there to be killed, or, when the system property
 * {@value #RESUME_PROPERTY} names a file, until that file exists (then it goes on); otherwise
 * {@link #reached} does nothing.
 * <p>
 * One point lies inside Spring Batch: {@code job-instance-created}, between the job repository's
 * creation of a new job instance and of its first execution (two transactions). The job
 * repository is wrapped to reach it only when the property is set.
 */
@Component
public final class CrashPoint implements BeanPostProcessor {

	public static final String PROPERTY = "seorona.crashtest.pause-at";

	public static final String RESUME_PROPERTY = "seorona.crashtest.resume-when";

	public static final String MARKER = "SEORONA-PAUSED ";

	/** Pauses at {@code point} when the crash test asked for it: forever, or until resumed. */
	public static void reached(String point) {
		if (!point.equals(System.getProperty(PROPERTY))) {
			return;
		}
		PrintStream out = System.out;
		out.println(MARKER + point);
		out.flush();
		String resume = System.getProperty(RESUME_PROPERTY);
		while (resume == null || !Files.exists(Path.of(resume))) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof JobRepository) || System.getProperty(PROPERTY) == null) {
			return bean;
		}
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { JobRepository.class },
				(proxy, method, arguments) -> {
					try {
						Object result = method.invoke(bean, arguments);
						if (method.getName().equals("createJobInstance")) {
							reached("job-instance-created");
						}
						return result;
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}

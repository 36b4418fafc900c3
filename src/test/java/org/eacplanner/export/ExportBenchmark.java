package org.eacplanner.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.eacplanner.checklist.Plan;
import org.eacplanner.model.Assessment;

/**
 * Benchmark of the exports for product.md's "large plan" ({@link LargePlan}): warms up, then times whole
 * exports (evaluation, redaction when asked, the model, the template, and for the PDF the rendering) and prints
 * the median and the spread. Not a unit test; run it with
 * {@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.eacplanner.export.ExportBenchmark}
 * (arguments: warm-up runs, measured runs; default 10 and 15). Targets: HTML under 200 ms, PDF under 2 s. Prints
 * wall-clock and CPU time of the exporting thread: on a shared machine the wall clock also measures the others'
 * load (the load average is printed too).
 */
public final class ExportBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Assessment large = LargePlan.assessment();
        LocalDate asOf = LocalDate.of(2026, 11, 24);
        Exporter exporter = new Exporter();
        ExportOptions options = ExportOptions.defaults(Locale.ENGLISH).withConsultant("Jordan Lee", "Northwind Consulting");
        Plan plan = exporter.plan(large, asOf, options);
        System.out.printf("large plan: %d configurations x %d profiles, %d findings, %d checklist items (+%d no longer "
                + "applicable), %d probes x %d steps, %d characters of notes%n", LargePlan.CONFIGURATIONS, LargePlan.PROFILES,
                plan.findings().size(), plan.checklist().size(), plan.notApplicable().size(), large.probes().size(),
                LargePlan.STEPS, large.notes().length());
        System.out.printf("machine: %d cores, load average %.1f, %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);

        for (ExportFormat format : new ExportFormat[] {ExportFormat.HTML, ExportFormat.PDF}) {
            for (boolean redact : new boolean[] {false, true}) {
                ExportOptions o = options.withRedaction(redact);
                byte[] last = null;
                for (int i = 0; i < warmup; i++) {
                    last = exporter.export(large, asOf, format, o);
                }
                long[] times = new long[runs];
                long[] cpu = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    long startCpu = THREADS.getCurrentThreadCpuTime();
                    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                    exporter.export(large, asOf, format, o, out);
                    times[i] = System.nanoTime() - start;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
                    last = out.toByteArray();
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                String size = last.length / 1024 + " KB" + (format == ExportFormat.PDF ? ", " + pages(last) + " pages" : "");
                System.out.printf("%-4s %-8s median %5.0f ms wall, %5.0f ms CPU  (wall min %.0f, max %.0f; %d runs after "
                        + "%d warm-up; %s)%n", format, redact ? "redacted" : "plain", ms(times[runs / 2]), ms(cpu[runs / 2]),
                        ms(times[0]), ms(times[runs - 1]), runs, warmup, size);
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}

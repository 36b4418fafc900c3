package org.eacplanner.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eacplanner.model.Outcome;

/**
 * Ends the current step with an outcome other than PASS: thrown by the HTTP and TLS helpers (timeouts, refused
 * redirects, oversized bodies, certificate errors) and by the probes. Its message is the one-line reason shown to
 * the admin; it never carries a secret.
 */
public class ProbeProblem extends RuntimeException {

    private final Outcome outcome;
    private final String advice;
    private final Map<String, Object> evidence;

    public ProbeProblem(Outcome outcome, String reason, String advice) {
        this(outcome, reason, advice, Map.of());
    }

    public ProbeProblem(Outcome outcome, String reason, String advice, Map<String, Object> evidence) {
        super(reason, null, false, false);
        this.outcome = outcome;
        this.advice = advice;
        this.evidence = new LinkedHashMap<>(evidence);
    }

    public static ProbeProblem error(String reason, String advice) {
        return new ProbeProblem(Outcome.ERROR, reason, advice);
    }

    public static ProbeProblem fail(String reason, String advice) {
        return new ProbeProblem(Outcome.FAIL, reason, advice);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String reason() {
        return getMessage();
    }

    public String advice() {
        return advice;
    }

    /** Evidence gathered before the problem (e.g. the redirect chain). */
    public Map<String, Object> evidence() {
        return evidence;
    }

    /** The probe was cancelled or timed out; the runner reports it. */
    public static final class Stopped extends ProbeProblem {
        private final CancelToken.Reason why;

        public Stopped(CancelToken.Reason why) {
            super(Outcome.ERROR, why == CancelToken.Reason.CANCELLED ? "cancelled" : "timed out", null);
            this.why = why;
        }

        public CancelToken.Reason why() {
            return why;
        }
    }
}

package org.eacplanner.probe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eacplanner.model.Outcome;

/**
 * Ends the current step with an outcome other than PASS: thrown by the HTTP and TLS helpers (timeouts, refused
 * redirects, oversized bodies, certificate errors) and by the probes. Its message is the one-line reason shown to
 * the admin (worded in the run's language when the step ends; in English as the exception's message); it never
 * carries a secret.
 */
public class ProbeProblem extends RuntimeException {

    private final Outcome outcome;
    private final ProbeText reason;
    private final ProbeText advice;
    private final Map<String, Object> evidence;

    public ProbeProblem(Outcome outcome, ProbeText reason, ProbeText advice) {
        this(outcome, reason, advice, Map.of());
    }

    public ProbeProblem(Outcome outcome, ProbeText reason, ProbeText advice, Map<String, Object> evidence) {
        super(null, null, false, false);
        this.outcome = outcome;
        this.reason = reason;
        this.advice = advice;
        this.evidence = new LinkedHashMap<>(evidence);
    }

    public static ProbeProblem error(ProbeText reason, ProbeText advice) {
        return new ProbeProblem(Outcome.ERROR, reason, advice);
    }

    public static ProbeProblem fail(ProbeText reason, ProbeText advice) {
        return new ProbeProblem(Outcome.FAIL, reason, advice);
    }

    public Outcome outcome() {
        return outcome;
    }

    public ProbeText reason() {
        return reason;
    }

    public ProbeText advice() {
        return advice;
    }

    /** The reason in English. */
    @Override
    public String getMessage() {
        return reason.toString();
    }

    /** Evidence gathered before the problem (e.g. the redirect chain). */
    public Map<String, Object> evidence() {
        return evidence;
    }

    /** The probe was cancelled or timed out; the runner reports it. */
    public static final class Stopped extends ProbeProblem {
        private final CancelToken.Reason why;

        public Stopped(CancelToken.Reason why) {
            super(Outcome.ERROR, ProbeText.of(why == CancelToken.Reason.CANCELLED ? "probe.stopped.cancelled"
                    : "probe.stopped.timedOut"), null);
            this.why = why;
        }

        public CancelToken.Reason why() {
            return why;
        }
    }
}

package org.eacplanner.probe;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eacplanner.common.Messages;
import org.eacplanner.model.Deployment;
import org.eacplanner.model.Outcome;
import org.eacplanner.model.ProbeId;
import org.eacplanner.model.ProbeResult;

/**
 * One probe while it runs: its inputs and settings, the shared HTTP client, the cancel token and deadline, and the
 * steps and proposals recorded so far, worded in the language of the settings. Thread-safe: the runner may end it
 * (cancel, timeout) from another thread, after which nothing more is recorded.
 */
public final class ProbeRun {

    private final ProbeId id;
    private final ProbeInputs inputs;
    private final ProbeSettings settings;
    private final ProbeCredentials credentials;
    private final ProbeHttp http;
    private final RootsInForce roots;
    private final CancelToken token = new CancelToken();
    private final ProbeListener listener;
    private final Clock clock;
    private final Messages texts;
    private final long deadlineNanos;
    private final Instant startedAt;

    private final List<ProbeResult.Step> steps = new ArrayList<>();
    private final List<ProbeResult.Proposal> proposals = new ArrayList<>();
    private StepTimer open;
    private boolean credentialsUsed;
    private boolean sealed;
    private String target;

    ProbeRun(ProbeId id, ProbeInputs inputs, ProbeSettings settings, ProbeCredentials credentials, ProbeHttp http,
            RootsInForce roots, ProbeListener listener, Clock clock) {
        this.id = id;
        this.inputs = inputs;
        this.settings = settings;
        this.credentials = credentials;
        this.http = http;
        this.roots = roots;
        this.listener = listener;
        this.clock = clock;
        this.texts = ProbeText.texts(settings.locale());
        this.startedAt = clock.instant();
        this.deadlineNanos = System.nanoTime() + settings.probeTimeout().toNanos();
    }

    public ProbeId id() {
        return id;
    }

    public ProbeInputs inputs() {
        return inputs;
    }

    public ProbeSettings settings() {
        return settings;
    }

    public ProbeCredentials credentials() {
        return credentials;
    }

    public ProbeHttp http() {
        return http;
    }

    public RootsInForce roots() {
        return roots;
    }

    public CancelToken token() {
        return token;
    }

    /** Milliseconds left before the whole-probe limit; at least 1. */
    public long remainingMillis() {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime()));
    }

    /** A text in the run's language (null stays null), cut as {@link TextCap} says. */
    String text(ProbeText t) {
        return t == null ? null : TextCap.cut(t.in(texts, settings.appWording()), texts);
    }

    /** Starts a step; a stopped probe starts nothing. */
    public StepTimer begin(ProbeText name) {
        token.check();
        StepTimer t = new StepTimer(this, text(name));
        synchronized (this) {
            open = t;
        }
        return t;
    }

    /** Records that credentials are about to be sent (results keep only "credentials were used: yes"). */
    public synchronized void markCredentialsUsed() {
        credentialsUsed = true;
    }

    /** Proposes an inventory answer. */
    public synchronized void propose(String path, Object value, ProbeText basis) {
        if (!sealed) {
            proposals.add(new ProbeResult.Proposal(path, value, text(basis), null));
        }
    }

    /**
     * Proposes an answer for one of the {@code exchange} server fields, read from {@code host}: probes.md says
     * that with a {@code HYBRID} deployment an Exchange Online host's answers are evidence only.
     *
     * @return whether the proposal was kept
     */
    public boolean proposeServerField(String host, String path, Object value, ProbeText basis) {
        if (inputs.deployment() == Deployment.HYBRID && ExchangeHosts.isExchangeOnline(host)) {
            return false;
        }
        propose(path, value, basis);
        return true;
    }

    ProbeResult.Step record(StepTimer t, ProbeResult.Step step) {
        synchronized (this) {
            if (open == t) {
                open = null;
            }
            if (sealed) {
                return step;
            }
            steps.add(step);
        }
        listener.stepFinished(id, step);
        return step;
    }

    synchronized void target(String t) {
        this.target = t;
    }

    synchronized String target() {
        return target;
    }

    /** The result once {@link Probe#run} returned or threw; {@code problem} ends the step left open. */
    synchronized ProbeResult finish(ProbeProblem problem) {
        if (problem != null) {
            StepTimer t = open != null ? open : new StepTimer(this, text(ProbeText.of("probe.step.probe")));
            t.problem(problem);
        }
        return seal(null, false);
    }

    /** The result of a probe not run because the network pre-check found this computer offline. */
    synchronized ProbeResult notRunOffline(NetworkCheck.Verdict verdict) {
        StepTimer t = begin(ProbeText.of("probe.step.network"));
        t.put("resolver", verdict.resolver()).put("namesTried", verdict.tried());
        ProbeText why = settings.endpoints().dnsServer() == null ? ProbeText.of("probe.offline.system")
                : ProbeText.of("probe.offline.server", verdict.resolver());
        t.skip(why, ProbeText.of("probe.offline.advice"));
        return seal(null, false);
    }

    /** The result of a probe stopped by cancel or timeout: the finished steps, the open one as ERROR. */
    synchronized ProbeResult stop(CancelToken.Reason why) {
        ProbeText reason = why == CancelToken.Reason.CANCELLED ? ProbeText.of("probe.stopped.cancelled")
                : ProbeText.of("probe.stopped.timedOutAfter", ProbeText.seconds(settings.probeTimeout().toMillis()));
        if (open != null && !sealed) {
            open.error(reason, why == CancelToken.Reason.CANCELLED ? null
                    : ProbeText.of("probe.advice.raiseTimeLimit"));
        }
        return seal(text(reason), why == CancelToken.Reason.CANCELLED);
    }

    private ProbeResult seal(String stopReason, boolean cancelled) {
        sealed = true;
        List<ProbeResult.Step> done = List.copyOf(steps);
        Outcome outcome = stopReason != null ? Outcome.ERROR : Outcomes.worst(done);
        String reason = stopReason != null ? stopReason : Outcomes.reasonOf(done, outcome);
        return new ProbeResult(id, target, startedAt, clock.instant(), outcome, reason, credentialsUsed, cancelled,
                done, List.copyOf(proposals), null);
    }
}

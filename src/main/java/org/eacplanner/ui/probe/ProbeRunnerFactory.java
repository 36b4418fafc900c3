package org.eacplanner.ui.probe;

import java.io.IOException;
import java.util.Set;
import org.eacplanner.model.ProbeId;
import org.eacplanner.probe.ProbeBatch;
import org.eacplanner.probe.ProbeCredentials;
import org.eacplanner.probe.ProbeInputs;
import org.eacplanner.probe.ProbeListener;
import org.eacplanner.probe.ProbeRunner;
import org.eacplanner.probe.ProbeSettings;

/**
 * Starts a run of live checks (called off the FX thread: making a runner reads the trust store). The app's makes a
 * {@link ProbeRunner} per run; view-model tests give one that reports canned results at once.
 */
@FunctionalInterface
public interface ProbeRunnerFactory {

    /** A started run: cancelling ends every probe at once as cancelled; closing stops its threads. */
    interface Run {
        void cancel();

        void close();
    }

    Run start(ProbeSettings settings, ProbeInputs inputs, ProbeCredentials credentials, Set<ProbeId> chosen,
            ProbeListener listener) throws IOException;

    /** Real probes over the network. */
    static ProbeRunnerFactory network() {
        return (settings, inputs, credentials, chosen, listener) -> {
            ProbeRunner runner = new ProbeRunner(settings);
            ProbeBatch batch = runner.start(inputs, credentials, chosen, listener);
            return new Run() {
                @Override
                public void cancel() {
                    batch.cancel();
                }

                @Override
                public void close() {
                    runner.close();
                }
            };
        };
    }
}

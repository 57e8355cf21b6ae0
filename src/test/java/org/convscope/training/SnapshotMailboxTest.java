package org.convscope.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.convscope.data.DatasetKind;
import org.convscope.engine.layer.spec.ModelSpec;
import org.junit.jupiter.api.Test;

/** The mailbox keeps every point, and tells the window when the state changes so that it can show it at once. */
class SnapshotMailboxTest {

    @Test
    void callsBackOnEveryChangeOfStateAndOnlyThen() {
        SnapshotMailbox mailbox = new SnapshotMailbox();
        List<SessionState> seen = new ArrayList<>();
        SessionState[] offered = {SessionState.READY, SessionState.READY, SessionState.RUNNING, SessionState.RUNNING,
            SessionState.RUNNING, SessionState.PAUSED, SessionState.RUNNING, SessionState.FINISHED, SessionState.FINISHED};
        SessionState[] current = new SessionState[1];
        mailbox.setOnStateChange(() -> seen.add(current[0]));
        for (SessionState s : offered) {
            current[0] = s;
            mailbox.offer(snapshot(s, 1));
        }
        assertEquals(List.of(SessionState.READY, SessionState.RUNNING, SessionState.PAUSED, SessionState.RUNNING,
                SessionState.FINISHED), seen);
    }

    @Test
    void aDrainMergesThePointsOfEverySnapshotOfferedSinceTheLast() {
        SnapshotMailbox mailbox = new SnapshotMailbox();
        for (int i = 0; i < 3; i++) mailbox.offer(snapshot(SessionState.RUNNING, 2));
        SnapshotMailbox.Drained d = mailbox.drain();
        assertNotNull(d.snapshot());
        assertEquals(6, d.snapshot().newBatchPoints().size(), "two points from each of three snapshots");
        assertNull(mailbox.drain(), "nothing new since");
    }

    private static TrainingSnapshot snapshot(SessionState state, int points) {
        List<BatchPoint> p = new ArrayList<>();
        for (int i = 0; i < points; i++) p.add(new BatchPoint(i, i, 1.0, 0.5));
        return new TrainingSnapshot(state, null, null, DatasetKind.MNIST, ModelSpec.parse("course"), 0, 1, 0, 10, 0, 10,
                0, 0, 0, 0.001, false, p, List.of(), null, 0, null, null);
    }
}

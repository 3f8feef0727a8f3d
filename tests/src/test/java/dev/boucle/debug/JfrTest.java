package dev.boucle.debug;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.yieldNow;
import static dev.boucle.debug.SourceLines.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.Loop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** JFR events: slow steps (with their lines) and the task lifecycle, read back from a recording. */
@Timeout(60)
class JfrTest {

    @Async
    static Coroutine<String> slow() throws InterruptedException {
        await(yieldNow()); // LINE:jfr-begin
        Thread.sleep(150);
        await(yieldNow()); // LINE:jfr-end
        return done("ok");
    }

    @Test
    void slowStepsAndTheLifecycleAreRecorded() throws Exception {
        Path file = Files.createTempFile("boucle", ".jfr");
        try (Recording rec = new Recording()) {
            rec.enable("dev.boucle.TaskStep").withThreshold(java.time.Duration.ofMillis(100));
            rec.enable("dev.boucle.TaskCreated");
            rec.enable("dev.boucle.TaskDone");
            rec.start();
            try (Loop loop = new Loop()) {
                Listeners.add(loop, new JfrListener());
                assertEquals("ok", loop.runUntilComplete(slow()));
            }
            rec.stop();
            rec.dump(file);
            List<RecordedEvent> events = RecordingFile.readAllEvents(file);
            List<RecordedEvent> steps = events.stream().filter(e -> e.getEventType().getName().equals("dev.boucle.TaskStep"))
                    .collect(Collectors.toList());
            assertEquals(1, steps.size(), events.toString()); // the fast steps are under the threshold
            RecordedEvent s = steps.get(0);
            assertEquals("slow", s.getString("task"));
            assertEquals(at(getClass(), "slow", "jfr-begin"), s.getString("beganAt"));
            assertEquals(at(getClass(), "slow", "jfr-end"), s.getString("endedAt"));
            assertTrue(s.getDuration().toMillis() >= 150, s.toString());
            assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("dev.boucle.TaskCreated")
                    && "slow".equals(e.getString("task"))), events.toString());
            assertTrue(events.stream().anyMatch(e -> e.getEventType().getName().equals("dev.boucle.TaskDone")
                    && "<Task 'slow' [FINISHED] (ok)>".equals(e.getString("outcome"))), events.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

package dev.boucle.examples;

import static dev.boucle.Boucle.await;
import static dev.boucle.Boucle.done;
import static dev.boucle.Boucle.sleep;
import static dev.boucle.Boucle.taskGroup;
import static dev.boucle.Boucle.withTimeout;

import dev.boucle.Async;
import dev.boucle.Coroutine;
import dev.boucle.DeadlineExceededException;
import dev.boucle.Loop;
import dev.boucle.Task;
import dev.boucle.TaskGroup;
import dev.boucle.sync.Queue;
import dev.boucle.sync.QueueShutDownException;
import dev.boucle.sync.Semaphore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The toolkit together: producers feed a bounded queue, a pool of workers drains it, the expensive
 * step of each item is limited by a semaphore and has a timeout of its own, and everything runs in
 * one task group, so nothing outlives {@code main}.
 *
 * <p>The queue holds at most {@value #QUEUE_SIZE} items, so producers wait when the workers fall
 * behind (backpressure). {@value #WORKERS} workers share {@value #PERMITS} permits for the
 * expensive step. Items whose number ends in 3 take 500 ms, more than their {@value #TIMEOUT_MS} ms
 * timeout: they are reported as timed out and the pipeline goes on. Once the producers are done,
 * the body waits until every item was processed ({@code queue.join()}), then shuts the queue down,
 * which ends the workers. The output lists each item in order, then the totals: deterministic,
 * whatever order the work happened in.
 */
public final class Pipeline {
    private Pipeline() {}

    static final int PRODUCERS = 3;
    static final int ITEMS_EACH = 5;
    static final int QUEUE_SIZE = 4;
    static final int WORKERS = 4;
    static final int PERMITS = 2;
    static final long TIMEOUT_MS = 100;

    /** What the run observed: each item's outcome, and the most permits ever in use at once. */
    static final class Report {
        final Map<Integer, String> outcomes = new TreeMap<>();
        int inUse;
        int maxInUse;
        int producerWaits;
    }

    @Async
    static Coroutine<Void> producer(int p, Queue<Integer> queue, Report report) {
        for (int i = 0; i < ITEMS_EACH; i++) {
            int item = p * 10 + i;
            if (queue.isFull()) {
                report.producerWaits++;
            }
            await(queue.put(item));   // waits while the queue is full
        }
        return done();
    }

    @Async
    static Coroutine<Void> worker(Queue<Integer> queue, Semaphore permits, Report report) {
        for (;;) {
            int item;
            try {
                item = await(queue.get());
            } catch (QueueShutDownException e) {
                return done();     // shut down and drained: the worker ends
            }
            try {
                String r = await(process(item, permits, report));
                report.outcomes.put(item, "ok " + r);
            } catch (DeadlineExceededException e) {
                report.outcomes.put(item, "timed out after " + TIMEOUT_MS + " ms");
            } finally {
                queue.taskDone();
            }
        }
    }

    /**
     * The expensive step: at most {@value #PERMITS} at once, each under its own timeout (which starts
     * once the permit is held, so waiting for a permit never times an item out).
     */
    @Async
    static Coroutine<String> process(int item, Semaphore permits, Report report) {
        await(permits.acquire());
        try {
            report.maxInUse = Math.max(report.maxInUse, ++report.inUse);
            return done(await(withTimeout(Duration.ofMillis(TIMEOUT_MS), work(item))));
        } finally {
            report.inUse--;
            permits.release();
        }
    }

    @Async
    static Coroutine<String> work(int item) {
        await(sleep(Duration.ofMillis(item % 10 == 3 ? 500 : 5)));
        return done(Integer.toString(item * item));
    }

    @Async
    static Coroutine<Report> pipeline() {
        Report report = new Report();
        Queue<Integer> queue = new Queue<>(QUEUE_SIZE);
        Semaphore permits = new Semaphore(PERMITS);
        return taskGroup(g -> body(g, queue, permits, report));
    }

    @Async
    static Coroutine<Report> body(TaskGroup g, Queue<Integer> queue, Semaphore permits, Report report) {
        for (int w = 0; w < WORKERS; w++) {
            g.spawn(worker(queue, permits, report), "worker-" + w);
        }
        List<Task<Void>> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            producers.add(g.spawn(producer(p, queue, report), "producer-" + p));
        }
        for (Task<Void> p : producers) {
            await(p);
        }
        await(queue.join());          // every item taken and marked done
        queue.shutdown(false);        // the workers' next get() ends them
        return done(report);
    }

    public static void main(String[] args) {
        Report r = Loop.run(pipeline());
        r.outcomes.forEach((item, outcome) -> System.out.println("item " + item + ": " + outcome));
        long timedOut = r.outcomes.values().stream().filter(o -> o.startsWith("timed out")).count();
        System.out.println(r.outcomes.size() + " items: " + (r.outcomes.size() - timedOut) + " ok, " + timedOut + " timed out");
        System.out.println("at most " + r.maxInUse + " of " + PERMITS + " permits in use at once");
        System.out.println("producers waited for room: " + (r.producerWaits > 0 ? "yes" : "no"));
    }
}

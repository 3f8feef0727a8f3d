package dev.boucle.bench;

import dev.boucle.Loop;

/**
 * {@link EchoBench}'s workload outside JMH, for tools that watch a whole process (e.g.
 * {@code strace -f -c}): {@code EchoOnce boucle|virtual SIZE REPEATS} runs REPEATS times 100
 * clients × 100 round trips of SIZE bytes and prints the round trips per second.
 */
public final class EchoOnce {
    private EchoOnce() {}

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "boucle";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (kind.equals("boucle")) {
            AgentCheck.require();
        } else {
            VirtualThreads.require();
        }
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            if (kind.equals("boucle")) {
                Loop.run(EchoWorkload.boucle(EchoBench.CLIENTS, EchoBench.ROUNDS, size));
            } else {
                EchoWorkload.virtual(EchoBench.CLIENTS, EchoBench.ROUNDS, size);
            }
        }
        long requests = (long) repeats * EchoBench.REQUESTS;
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s %d B: %,d round trips in %.2f s = %,.0f/s%n", kind, size, requests, secs, requests / secs);
    }
}

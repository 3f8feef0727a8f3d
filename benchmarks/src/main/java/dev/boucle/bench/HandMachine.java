package dev.boucle.bench;

import java.util.ArrayDeque;

/**
 * The bar DESIGN.md sets: a hand-written state machine, an object with an {@code int label} and a
 * {@code switch}, run round-robin from the same kind of queue as Boucle's loop ({@link ArrayDeque}).
 * No frames, no messages, no tasks: the least a yield can cost on a JVM.
 */
final class HandMachine {
    private HandMachine() {}

    /** {@code for (int i = 0; i < n; i++) yield;} as a state machine. */
    static final class Yielder {
        int label;
        int i;
        final int n;

        Yielder(int n) {
            this.n = n;
        }

        /** Runs to the next yield; {@code true} if it yielded, {@code false} if it finished. */
        boolean resume() {
            switch (label) {
                case 0:
                    i = 0;
                    break;
                case 1:
                    i++;
                    break;
                default:
                    throw new IllegalStateException("bad label " + label);
            }
            if (i < n) {
                label = 1;
                return true;
            }
            label = 2;
            return false;
        }
    }

    /** Runs {@code tasks} yielders of {@code yields} each to completion; returns the steps run. */
    static long runYielders(int tasks, int yields) {
        ArrayDeque<Yielder> ready = new ArrayDeque<>();
        for (int t = 0; t < tasks; t++) {
            ready.add(new Yielder(yields));
        }
        long steps = 0;
        Yielder y;
        while ((y = ready.poll()) != null) {
            steps++;
            if (y.resume()) {
                ready.add(y);
            }
        }
        return steps;
    }
}

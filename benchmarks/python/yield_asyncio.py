#!/usr/bin/env python3
"""The yield workload of YieldBench in Python, to put asyncio beside Boucle.

TASKS tasks each give the loop a turn YIELDS times; prints ns per switch for
  - asyncio: `await asyncio.sleep(0)` on the default event loop (what asyncio users write);
  - generators: the seeds' own model, a FIFO of generators that `yield`, driven by a deque
    (the Python counterpart of the hand-written state machine).

    python3 benchmarks/python/yield_asyncio.py [TASKS [YIELDS [REPEATS]]]

Defaults: 1000 tasks x 1000 yields (a tenth of the Java run's 10,000 yields: asyncio needs
about a microsecond per switch), best of 3 runs.
"""
import asyncio
import collections
import platform
import sys
import time


async def yielder(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def asyncio_main(tasks, yields):
    await asyncio.gather(*(yielder(yields) for _ in range(tasks)))


def run_asyncio(tasks, yields):
    start = time.perf_counter_ns()
    asyncio.run(asyncio_main(tasks, yields))
    return time.perf_counter_ns() - start


def gen_yielder(n):
    for _ in range(n):
        yield


def run_generators(tasks, yields):
    start = time.perf_counter_ns()
    ready = collections.deque(gen_yielder(yields) for _ in range(tasks))
    popleft, append = ready.popleft, ready.append
    while ready:
        g = popleft()
        try:
            next(g)
        except StopIteration:
            continue
        append(g)
    return time.perf_counter_ns() - start


def main():
    tasks = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    yields = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    switches = tasks * yields
    print(f"Python {platform.python_version()} ({platform.python_implementation()}), "
          f"{tasks} tasks x {yields} yields = {switches:,} switches, best of {repeats}")
    for name, fn in (("asyncio sleep(0)", run_asyncio), ("generators + deque", run_generators)):
        best = min(fn(tasks, yields) for _ in range(repeats))
        print(f"{name:20s} {best / switches:8.1f} ns/switch")


if __name__ == "__main__":
    main()

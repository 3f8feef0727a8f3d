@file:JvmName("KotlinWorkloads")

package dev.boucle.bench.kt

import kotlin.time.Duration.Companion.nanoseconds
import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.yield

// The Kotlin-coroutines side of KotlinYieldBench and KotlinLoopBench: the same workloads as
// YieldWorkload and LoopWorkload, on one thread. `runBlocking` is the dispatcher: its event loop
// (BlockingEventLoop) runs every coroutine launched in it on the calling thread, with its own
// queue and timer heap, the closest match to one Boucle Loop. (Dispatchers.Unconfined would run a
// resumed coroutine inside the resumer's stack frame, not through a queue: not a peer.)

/** `tasks` coroutines, each `yield()`ing `yields` times: one switch per yield. */
fun yielders(tasks: Int, yields: Int) = runBlocking {
    repeat(tasks) {
        launch {
            repeat(yields) { yield() }
        }
    }
}

/**
 * The Kotlin compiler's coroutines without kotlinx.coroutines: `tasks` generators
 * (`iterator { repeat(yields) { yield(Unit) } }`, restricted suspension, no dispatcher, no Job)
 * resumed round-robin from an ArrayDeque, as YieldBench's hand-written bar is. Separates the
 * language's state machines from the library's dispatch, as yieldProtocol separates Boucle's agent
 * from its runtime. Returns the number of switches.
 */
fun generatorYielders(tasks: Int, yields: Int): Long {
    val queue = java.util.ArrayDeque<Iterator<Unit>>(tasks)
    repeat(tasks) {
        queue.addLast(iterator { repeat(yields) { yield(Unit) } })
    }
    var switches = 0L
    while (true) {
        val g = queue.pollFirst() ?: break
        if (g.hasNext()) {
            g.next()
            switches++
            queue.addLast(g)
        }
    }
    return switches
}

/** Finishes without suspending: awaiting it is Kotlin's fast path (no continuation object). */
suspend fun child(x: Int): Int = x + 1

/** [child], which the JIT may not inline: KotlinYieldBench's fork passes `-XX:CompileCommand=dontinline` for it. */
suspend fun opaqueChild(x: Int): Int = x + 1

/**
 * Has a suspension point, not taken: the compiler gives it a state machine, so every call creates
 * its continuation object (as every Boucle `@Async` child creates its frame), unless the JIT
 * inlines it and scalar-replaces the object.
 */
suspend fun suspendableChild(x: Int): Int {
    if (x < 0) yield()
    return x + 1
}

/** [suspendableChild], not inlined (CompileCommand as for [opaqueChild]). */
suspend fun opaqueSuspendableChild(x: Int): Int {
    if (x < 0) yield()
    return x + 1
}

/** `n` awaits of [child]. The argument stays under 127 so no Integer is allocated. */
fun awaitLoop(n: Int): Long = runBlocking {
    var s = 0L
    for (i in 0 until n) s += child(i and 63)
    s
}

fun awaitLoopNoInline(n: Int): Long = runBlocking {
    var s = 0L
    for (i in 0 until n) s += opaqueChild(i and 63)
    s
}

fun awaitLoopSuspendable(n: Int): Long = runBlocking {
    var s = 0L
    for (i in 0 until n) s += suspendableChild(i and 63)
    s
}

fun awaitLoopSuspendableNoInline(n: Int): Long = runBlocking {
    var s = 0L
    for (i in 0 until n) s += opaqueSuspendableChild(i and 63)
    s
}

/** One coroutine per delay, each `delay`ing once; returns when the last one wakes. */
fun timers(delaysNanos: LongArray) = runBlocking {
    for (d in delaysNanos) {
        launch { delay(d.nanoseconds) }
    }
}

/** `n` spawn + join round trips: `async { child(x) }.await()`. */
fun spawnAwait(n: Int): Long = runBlocking {
    var s = 0L
    for (i in 0 until n) {
        val x = i and 63
        s += async { child(x) }.await()
    }
    s
}

/** `n` spawn + join round trips: `launch { r = child(x) }.join()`. */
fun spawnJoin(n: Int): Long = runBlocking {
    var s = 0L
    var r = 0
    for (i in 0 until n) {
        val x = i and 63
        launch { r = child(x) }.join()
        s += r
    }
    s
}

# Differential scenario for dev.boucle.sync.Queue, LifoQueue, PriorityQueue (QueueTest mirrors it).
import asyncio

async def producer(name, q, items):
    for i in items:
        print(f"{name} puts {i}, size={q.qsize()}")
        await q.put(i)
    print(f"{name} finished")

async def consumer(name, q, n):
    for _ in range(n):
        i = await q.get()
        print(f"{name} got {i}, size={q.qsize()}")
        await asyncio.sleep(0)
        q.task_done()
    print(f"{name} finished")

async def getter(name, q):
    print(f"{name} gets")
    try:
        i = await q.get()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    print(f"{name} got {i}")

async def putter(name, q, i):
    print(f"{name} puts {i}")
    try:
        await q.put(i)
    except asyncio.CancelledError:
        print(f"{name} cancelled, size={q.qsize()}")
        raise
    print(f"{name} put {i}")

async def backpressure():
    print("-- backpressure")
    q = asyncio.Queue(2)
    p = asyncio.create_task(producer("P", q, range(6)))
    c1 = asyncio.create_task(consumer("C1", q, 3))
    c2 = asyncio.create_task(consumer("C2", q, 3))
    await asyncio.sleep(0)
    await q.join()
    print(f"joined, size={q.qsize()}")
    await p
    await c1
    await c2

async def nowait():
    print("-- nowait")
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print(f"full, size={q.qsize()} full={q.full()}")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print(f"empty={q.empty()}")
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        print("task_done refused")
    await q.join()
    print("join returns at once")

async def getter_cancelled():
    print("-- getter cancelled while parked")
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("G1", q))
    g2 = asyncio.create_task(getter("G2", q))
    await asyncio.sleep(0)
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    await g2
    print(f"size={q.qsize()}")

async def getter_woken_then_cancelled():
    print("-- getter woken then cancelled")
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("G1", q))
    await asyncio.sleep(0)
    q.put_nowait("x")   # G1 is woken for x...
    g1.cancel()         # ...and cancelled before it runs: x stays first in the queue
    q.put_nowait("y")
    try:
        await g1
    except asyncio.CancelledError:
        print("main: G1 was cancelled")
    print(f"size={q.qsize()}")
    print(q.get_nowait(), q.get_nowait())

async def putter_cancelled():
    print("-- putter cancelled")
    q = asyncio.Queue(1)
    q.put_nowait("a")
    p1 = asyncio.create_task(putter("P1", q, "b"))
    p2 = asyncio.create_task(putter("P2", q, "c"))
    p3 = asyncio.create_task(putter("P3", q, "d"))
    await asyncio.sleep(0)
    p1.cancel()                 # parked: takes nothing
    await asyncio.sleep(0)
    print(q.get_nowait())       # the free slot goes to P2...
    p2.cancel()                 # ...cancelled before it runs: nothing put, the slot goes on to P3
    try:
        await p2
    except asyncio.CancelledError:
        print("main: P2 was cancelled")
    await p3
    print(f"size={q.qsize()}")
    print(q.get_nowait())

async def orders():
    print("-- lifo and priority")
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for i in [3, 1, 4, 5, 9, 2, 6]:
        lq.put_nowait(i)
        pq.put_nowait(i)
    print([lq.get_nowait() for _ in range(lq.qsize())])
    print([pq.get_nowait() for _ in range(pq.qsize())])
    bounded = asyncio.PriorityQueue(2)
    p = asyncio.create_task(producer("P", bounded, [5, 3, 8, 1]))
    await asyncio.sleep(0)
    print(f"size={bounded.qsize()} full={bounded.full()}")
    for _ in range(4):
        print(await bounded.get())
    await p

async def main():
    await backpressure()
    await nowait()
    await getter_cancelled()
    await getter_woken_then_cancelled()
    await putter_cancelled()
    await orders()

asyncio.run(main())

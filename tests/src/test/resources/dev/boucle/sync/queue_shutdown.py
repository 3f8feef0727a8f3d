# Differential scenario for Queue.shutdown (Python 3.13; QueueShutdownTest mirrors it line by line).
# queue_shutdown.expected is this script's output under Python 3.13.0, for machines without 3.13.
import asyncio

async def getter(name, q):
    try:
        while True:
            i = await q.get()
            print(f"{name} got {i}")
            q.task_done()
    except asyncio.QueueShutDown:
        print(f"{name} shut down")

async def putter(name, q, i):
    try:
        await q.put(i)
        print(f"{name} put {i}")
    except asyncio.QueueShutDown:
        print(f"{name} shut down")

async def graceful():
    print("-- shutdown")
    q = asyncio.Queue(2)
    g = asyncio.create_task(getter("G", q))
    await asyncio.sleep(0)
    q.shutdown()
    await g
    q = asyncio.Queue(2)
    q.put_nowait(1)
    q.put_nowait(2)
    p = asyncio.create_task(putter("P", q, 3))
    await asyncio.sleep(0)
    q.shutdown()
    await p
    try:
        q.put_nowait(4)
    except asyncio.QueueShutDown:
        print("put_nowait shut down")
    try:
        await q.put(4)
    except asyncio.QueueShutDown:
        print("put shut down")
    print(f"size={q.qsize()}")
    g = asyncio.create_task(getter("G", q))
    await q.join()
    print("joined")
    await g
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait shut down")

async def immediate():
    print("-- shutdown(immediate=True)")
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print(f"join done: {j.done()}")
    q.shutdown(immediate=True)
    print(f"size={q.qsize()}")
    await j
    print("joined")
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print("get shut down")
    try:
        q.task_done()
    except ValueError:
        print("task_done refused")

async def woken_then_shut():
    print("-- woken, then shut down before running")
    q = asyncio.Queue(1)
    q.put_nowait("a")
    p = asyncio.create_task(putter("P", q, "b"))
    await asyncio.sleep(0)
    print(q.get_nowait())   # P's slot is freed...
    q.shutdown()            # ...but the queue shuts down before P runs
    await p
    q = asyncio.Queue()
    g = asyncio.create_task(getter("G", q))
    await asyncio.sleep(0)
    q.put_nowait("x")       # G is woken for x...
    q.shutdown(immediate=True)   # ...which is dropped before G runs
    await g

async def main():
    await graceful()
    await immediate()
    await woken_then_shut()

asyncio.run(main())

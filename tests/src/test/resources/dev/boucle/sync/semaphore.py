# Differential scenario for dev.boucle.sync.Semaphore and BoundedSemaphore (SemaphoreTest mirrors it).
import asyncio

async def worker(name, sem, turns):
    print(f"{name} wants, available={sem._value}")
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    try:
        print(f"{name} in, locked={sem.locked()}")
        for _ in range(turns):
            await asyncio.sleep(0)
    finally:
        sem.release()
    print(f"{name} out")

async def limit():
    print("-- two at a time")
    sem = asyncio.Semaphore(2)
    ts = [asyncio.create_task(worker(n, sem, 2)) for n in "ABCDE"]
    for t in ts:
        await t
    print(f"available={sem._value}")

async def cancelled_while_parked():
    print("-- cancelled while parked")
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    b = asyncio.create_task(worker("B", sem, 1))
    c = asyncio.create_task(worker("C", sem, 1))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    sem.release()
    await c
    print(f"available={sem._value}")

async def woken_then_cancelled():
    print("-- woken then cancelled")
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    b = asyncio.create_task(worker("B", sem, 1))
    c = asyncio.create_task(worker("C", sem, 1))
    await asyncio.sleep(0)
    sem.release()       # the permit goes to B...
    b.cancel()          # ...cancelled before it runs: the permit goes on to C
    try:
        await b
    except asyncio.CancelledError:
        print("main: B was cancelled")
    await c
    print(f"available={sem._value}")

async def bounded():
    print("-- bounded")
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError:
        print(f"refused, available={sem._value}")
    plain = asyncio.Semaphore(1)
    plain.release()
    print(f"plain available={plain._value}")

async def main():
    await limit()
    await cancelled_while_parked()
    await woken_then_cancelled()
    await bounded()

asyncio.run(main())

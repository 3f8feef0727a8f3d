# Differential scenario for dev.boucle.sync.Lock (LockTest mirrors it line by line).
import asyncio

async def worker(name, lock, turns):
    print(f"{name} wants")
    await lock.acquire()
    try:
        print(f"{name} got, locked={lock.locked()}")
        for _ in range(turns):
            await asyncio.sleep(0)
        print(f"{name} releases")
    finally:
        lock.release()
    print(f"{name} done")

async def waiter(name, lock):
    print(f"{name} wants")
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    try:
        print(f"{name} got")
    finally:
        lock.release()
    print(f"{name} done")

async def fifo():
    print("-- fifo")
    lock = asyncio.Lock()
    ts = [asyncio.create_task(worker(n, lock, 2)) for n in "ABC"]
    for t in ts:
        await t
    print(f"locked={lock.locked()}")

async def cancelled_while_parked():
    print("-- cancelled while parked")
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(waiter("B", lock))
    c = asyncio.create_task(waiter("C", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.sleep(0)
    print(f"B cancelled: {b.cancelled()}")
    lock.release()
    await c
    print(f"locked={lock.locked()}")

async def woken_then_cancelled():
    print("-- woken then cancelled")
    lock = asyncio.Lock()
    await lock.acquire()
    b = asyncio.create_task(waiter("B", lock))
    c = asyncio.create_task(waiter("C", lock))
    await asyncio.sleep(0)
    lock.release()      # B is woken, the lock is its own...
    b.cancel()          # ...but B is cancelled before it runs: C gets the lock
    try:
        await b
    except asyncio.CancelledError:
        print("main: B was cancelled")
    await c
    print(f"locked={lock.locked()}")

async def release_unlocked():
    print("-- release unlocked")
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError:
        print("refused")

async def main():
    await fifo()
    await cancelled_while_parked()
    await woken_then_cancelled()
    await release_unlocked()

asyncio.run(main())

# Differential scenario for dev.boucle.sync.Condition (ConditionTest mirrors it line by line).
# asyncio's wait/notify/notify_all are Boucle's notified/signal/signalAll.
import asyncio

async def consumer(name, cond, items):
    async with cond:
        print(f"{name} waits")
        await cond.wait_for(lambda: items)
        print(f"{name} takes {items.pop(0)}, locked={cond.locked()}")
    print(f"{name} done")

async def waiter(name, cond):
    await cond.acquire()
    try:
        print(f"{name} waits")
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print(f"{name} cancelled, holds the lock again: {cond.locked()}")
            raise
        print(f"{name} notified")
    finally:
        cond.release()

async def signals():
    print("-- wait_for, notify, notify_all")
    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(n, cond, items)) for n in "ABC"]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        print("main notifies one")
        cond.notify()
        await asyncio.sleep(0)
        print("main still holds the lock")
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        print("main notifies all")
        cond.notify_all()
    for c in cs:
        await c

async def cancelled():
    print("-- cancelled while waiting")
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("A", cond))
    b = asyncio.create_task(waiter("B", cond))
    await asyncio.sleep(0)
    await cond.acquire()
    a.cancel()          # A must take the lock back before it sees the cancellation
    await asyncio.sleep(0)
    print(f"A done: {a.done()}")
    cond.notify()
    cond.release()
    try:
        await a
    except asyncio.CancelledError:
        print("main: A was cancelled")
    await b
    print(f"locked={cond.locked()}")

async def misuse():
    print("-- misuse")
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError:
        print("notify refused")
    try:
        await cond.wait()
    except RuntimeError:
        print("wait refused")

async def main():
    await signals()
    await cancelled()
    await misuse()

asyncio.run(main())

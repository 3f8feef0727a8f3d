# Differential scenario for dev.boucle.sync.Event (EventTest mirrors it line by line).
import asyncio

async def waiter(name, ev):
    print(f"{name} waits, set={ev.is_set()}")
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    print(f"{name} woke, set={ev.is_set()}")

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in "ABC"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    print("main sets")
    ev.set()
    ev.set()
    print(f"set={ev.is_set()}")
    await asyncio.sleep(0)
    print("main clears")
    ev.clear()
    d = asyncio.create_task(waiter("D", ev))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(f"D done: {d.done()}")
    ev.set()
    ev.clear()          # D was woken by set(): a clear before it runs does not take that back
    await d
    print(f"set={ev.is_set()}")
    ev.set()
    await waiter("F", ev)   # set: returns without suspending
    print("end")

asyncio.run(main())

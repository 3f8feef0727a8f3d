# Differential scenario for dev.boucle.sync.Barrier (BarrierTest mirrors it line by line).
# asyncio's wait() is Boucle's arrive().
import asyncio

async def party(name, b, rounds):
    for r in range(rounds):
        print(f"{name} arrives, waiting={b.n_waiting}")
        try:
            i = await b.wait()
        except asyncio.BrokenBarrierError as e:
            print(f"{name} broken: {e}")
            return
        except asyncio.CancelledError:
            print(f"{name} cancelled")
            raise
        print(f"{name} passes round {r} with index {i}")

async def rounds():
    print("-- two rounds of three")
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b, 2)) for n in "ABC"]
    for t in ts:
        await t
    print(f"waiting={b.n_waiting} broken={b.broken} parties={b.parties}")

async def early_comer():
    print("-- an early comer waits for the others to leave")
    b = asyncio.Barrier(2)
    a = asyncio.create_task(party("A", b, 1))
    c = asyncio.create_task(party("B", b, 3))
    d = asyncio.create_task(party("C", b, 2))
    for t in (a, c, d):
        await t

async def cancelled():
    print("-- a party cancelled while waiting")
    b = asyncio.Barrier(2)
    a = asyncio.create_task(party("A", b, 1))
    await asyncio.sleep(0)
    print(f"waiting={b.n_waiting}")
    a.cancel()
    await asyncio.sleep(0)
    print(f"waiting={b.n_waiting} broken={b.broken}")
    c = asyncio.create_task(party("B", b, 1))
    d = asyncio.create_task(party("C", b, 1))
    await c
    await d

async def abort_and_reset():
    print("-- abort, reset")
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b, 1)) for n in "AB"]
    await asyncio.sleep(0)
    await b.abort()
    for t in ts:
        await t
    print(f"broken={b.broken}")
    await party("C", b, 1)
    await b.reset()
    print(f"broken={b.broken}")
    ts = [asyncio.create_task(party(n, b, 1)) for n in "DE"]
    await asyncio.sleep(0)
    await b.reset()
    for t in ts:
        await t
    ts = [asyncio.create_task(party(n, b, 1)) for n in "FGH"]
    for t in ts:
        await t

async def main():
    await rounds()
    await early_comer()
    await cancelled()
    await abort_and_reset()

asyncio.run(main())

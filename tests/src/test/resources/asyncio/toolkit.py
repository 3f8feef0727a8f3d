"""The asyncio side of AsyncioDifferentialTest: each scenario prints a trace that the Boucle
scenario of the same name must print line for line. Run: python3 toolkit.py SCENARIO (3.11+)."""
import asyncio
import sys


async def child(name, t):
    try:
        await asyncio.sleep(t)
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def failing(name, t):
    await asyncio.sleep(t)
    print(f"{name} fails")
    raise ValueError(name)


async def taskgroup_failure():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(child("a", 0.01))
            g.create_task(failing("b", 0.03))
            g.create_task(child("c", 10))
            print("body ends")
    except* ValueError as eg:
        print("caught", ", ".join(str(e) for e in eg.exceptions))


async def taskgroup_body_cancelled():
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(failing("x", 0.01))
            g.create_task(child("y", 10))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except* ValueError as eg:
        print("caught", ", ".join(str(e) for e in eg.exceptions))


async def taskgroup_ok():
    async with asyncio.TaskGroup() as g:
        ta = g.create_task(child("a", 0.02))
        tb = g.create_task(child("b", 0.01))
        print("body ends")
    print("results", ta.result(), tb.result())


async def timeout_fires():
    try:
        async with asyncio.timeout(0.02):
            try:
                print("body starts")
                await asyncio.sleep(10)
                print("body woke")
            finally:
                print("body finally")
    except TimeoutError:
        print("timed out")


async def timeout_does_not_fire():
    async with asyncio.timeout(10):
        r = await child("quick", 0.01)
    print("returned", r)


async def shield_scenario():
    async def work():
        await asyncio.sleep(0.3)
        print("work finished")
        return "w"

    async def awaiter():
        return await asyncio.shield(work())

    t = asyncio.create_task(awaiter())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("awaiter cancelled")
    await asyncio.sleep(0.4)
    print("end")


async def quiet(value, t):
    await asyncio.sleep(t)
    return value


async def quiet_failing(message, t):
    await asyncio.sleep(t)
    raise ValueError(message)


async def as_completed_scenario():
    # the children print nothing: the trace depends only on the deadlines' order
    for f in asyncio.as_completed([quiet("slow", 0.03), quiet("fast", 0.01), quiet_failing("boom", 0.02)]):
        try:
            print("got", await f)
        except ValueError as e:
            print("failed", e)


async def first_completed():
    slow = asyncio.create_task(child("slow", 0.5))
    fast = asyncio.create_task(child("fast", 0.01))
    done, pending = await asyncio.wait([slow, fast], return_when=asyncio.FIRST_COMPLETED)
    print("first", [t.result() for t in done][0], "pending", len(pending))
    await slow
    print("end")


if __name__ == "__main__":
    asyncio.run(globals()[sys.argv[1]]())

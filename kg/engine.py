"""Extraction on a Dask cluster: ``kg build INPUT... --engine dask [--scheduler ADDRESS]``.

Extraction is a pure function of one article (:func:`kg.extract.extract`), so it spreads
over machines as it spreads over processes: articles go to the workers of a
``dask.distributed`` cluster in small batches (one task each), the results come back as
they are done (``as_completed``) and are handed on in input order, so that the single
resolution pass sees what the local build sees and writes the same bytes.

Memory stays bounded: at most ``window`` batches are out at once, counted from the first
batch not yet handed on, so results that come back early wait for at most ``window``
batches before they move on. A batch whose task fails on its worker (a worker that died
with it, a result that could not travel) skips its articles with the reason, as the local
build skips an article whose extraction fails; the failures inside one article are caught
on the worker by the same function the local build uses.

Dask is an optional dependency (``pip install 'officials-kg[dask]'``): without it,
:func:`require_dask` raises a :class:`~kg.errors.UsageError` that says so. Time: O(A) tasks
of ``batch`` articles for A articles, plus one round trip to the scheduler per task.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from types import ModuleType

from kg.errors import ResourceError, UsageError
from kg.model import Article, Extraction, Skipped

__all__ = [
    "ENGINES",
    "INSTALL_HINT",
    "BATCH",
    "WINDOW_PER_THREAD",
    "CONNECT_TIMEOUT",
    "require_dask",
    "dask_client",
    "dask_extractions",
]

#: The values of ``kg build --engine``.
ENGINES = ("local", "dask")
#: What to install for ``--engine dask``.
INSTALL_HINT = "pip install 'officials-kg[dask]'"
#: Articles per task: enough to make a task's round trip small beside its work.
BATCH = 8
#: Batches out at once per worker thread of the cluster (the memory bound of the stream).
WINDOW_PER_THREAD = 4
#: Seconds to reach the scheduler and to wait for its first worker.
CONNECT_TIMEOUT = 30.0

Result = Extraction | Skipped


def require_dask() -> ModuleType:
    """``dask.distributed``, or a usage error that says which extra to install."""
    try:
        import distributed
    except ImportError:
        raise UsageError(
            f"--engine dask needs dask.distributed, which is not installed; {INSTALL_HINT}"
        ) from None
    return distributed


@contextmanager
def dask_client(
    scheduler: str | None = None,
    *,
    workers: int | None = None,
    connect_timeout: float | None = None,
) -> Iterator:
    """A ``distributed.Client`` of the cluster at ``scheduler`` (``tcp://host:8786``), or
    of a ``LocalCluster`` of ``workers`` processes with one thread each (None: one per
    core) started for the block and stopped after it.

    A cluster whose workers run another version of kg (or none) is refused
    (:class:`~kg.errors.ResourceError`), as is one that cannot be reached or has no worker
    within ``connect_timeout`` seconds (default :data:`CONNECT_TIMEOUT`): the same code on
    every worker is what makes the output the local build's."""
    distributed = require_dask()
    connect_timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    if scheduler is None:
        # Processes, not threads: extraction is pure Python and holds the GIL.
        with (
            distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: no clash with another cluster
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=connect_timeout)
    except (ValueError, TypeError) as exc:
        raise UsageError(
            f"--scheduler {scheduler!r} is not a scheduler address ({exc}); write tcp://HOST:8786"
        ) from None
    except OSError as exc:
        raise ResourceError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=connect_timeout)
        except TimeoutError:
            raise ResourceError(
                f"the Dask scheduler at {scheduler} has no worker after "
                f"{connect_timeout:g} s; start workers with `dask worker {scheduler}`"
            ) from None
        _check_workers(client)
        yield client


def _check_workers(client) -> None:
    """Every worker runs the version of kg that runs here."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        here = version("officials-kg")
    except PackageNotFoundError:  # run from a source tree: nothing to compare with
        return
    there = client.run(version, "officials-kg", on_error="return")
    wrong = {w: v for w, v in sorted(there.items()) if v != here}
    if wrong:
        worker, found = next(iter(wrong.items()))
        found = "no kg" if isinstance(found, BaseException) else f"kg {found}"
        raise ResourceError(
            f"{len(wrong)} Dask worker(s) run another kg than this one (kg {here}): "
            f"{worker} has {found}; install the same officials-kg on every worker"
        )


def _extract_batch(extract_one: Callable[[Article], Result], articles: list[Article]):
    """The task: extract each article of a batch (on a worker)."""
    return [extract_one(a) for a in articles]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size``, the last shorter.

    >>> [len(b) for b in _batches(range(10), 4)]
    [4, 4, 2]
    """
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def _failed(batch: list[Article], exc: BaseException, *, killed: bool) -> list[Skipped]:
    """The skip notes of a batch whose task failed on the cluster (``killed``: its worker
    died with it, as often as the scheduler allows)."""
    if killed:
        why = "the Dask worker extracting it died (killed, perhaps for lack of memory)"
    else:
        why = f"extraction failed on the Dask cluster: {type(exc).__name__}: {exc}"
    return [Skipped(origin=a.origin or a.id, reason=why) for a in batch]


def dask_extractions(
    articles: Iterable[Article],
    extract_one: Callable[[Article], Result],
    *,
    client,
    batch: int = BATCH,
    window: int | None = None,
) -> Iterator[Result]:
    """``extract_one`` of each article, run on the workers of ``client``, in input order.

    ``extract_one`` travels to the workers (pickled: a function of an installed module,
    or a ``functools.partial`` of one); ``articles`` is read lazily, ``batch`` articles a
    task, at most ``window`` tasks out (default: :data:`WINDOW_PER_THREAD` per worker
    thread). The connection to the scheduler lost is a :class:`~kg.errors.ResourceError`.
    """
    distributed = require_dask()
    if window is None:
        threads = sum(client.nthreads().values())
        window = WINDOW_PER_THREAD * max(threads, 1)
    window = max(window, 1)
    source = _batches(articles, batch)
    queue = distributed.as_completed()
    out: dict = {}  # future -> (its index, its batch)
    done: dict[int, list[Result]] = {}
    submitted = handed = 0

    def submit() -> None:
        nonlocal submitted
        while submitted < handed + window:
            items = next(source, None)
            if items is None:
                return
            future = client.submit(_extract_batch, extract_one, items, pure=False)
            out[future] = (submitted, items)
            queue.add(future)
            submitted += 1

    try:
        submit()
        for future in queue:
            index, items = out.pop(future)
            try:
                done[index] = future.result()
            except (OSError, distributed.CancelledError) as exc:
                raise ResourceError(
                    f"lost the Dask scheduler while extracting: {type(exc).__name__}: {exc}"
                ) from None
            except Exception as exc:  # noqa: BLE001 - one failed task never stops a batch
                killed = isinstance(exc, distributed.KilledWorker)
                done[index] = _failed(items, exc, killed=killed)
            while handed in done:
                yield from done.pop(handed)
                handed += 1
            submit()
    finally:
        if out:
            client.cancel(list(out))

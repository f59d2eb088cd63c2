"""A cluster when one machine is not enough (issue #14, 4): ``--scheduler ADDRESS`` sends the same
per-seed work to a Dask cluster (here a LocalCluster of two worker processes on this machine), with
the same merge and the same bytes; the model is loaded once per worker process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from tests.test_parallel_ingest import SEEDS, ingest_with, tree

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_a_dask_cluster_writes_the_bytes_of_a_local_run(cluster, tmp_path):
    local = ingest_with(tmp_path, "local", SEEDS, jobs=2)
    on_dask = ingest_with(tmp_path, "dask", SEEDS, scheduler=cluster.scheduler_address)
    assert on_dask == local
    with Client(cluster.scheduler_address) as client:
        loads = client.run(lambda: __import__("generator.annotate.nlp", fromlist=["LOADS"]).LOADS)
    assert sorted(loads.values()) == [1, 1], loads  # each of the two workers loaded the model once


def test_build_with_scheduler_on_the_command_line(cluster, tmp_path):
    project = tmp_path / "p"
    (project / "seeds").mkdir(parents=True)
    for s in SEEDS[:3]:
        shutil.copy(s, project / "seeds" / s.name)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(project), "--scheduler", cluster.scheduler_address],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "annotated 3 seed(s)" in done.stdout
    local = tmp_path / "local"
    (local / "seeds").mkdir(parents=True)
    for s in SEEDS[:3]:
        shutil.copy(s, local / "seeds" / s.name)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(local), "--jobs", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert tree(project / "content") == tree(local / "content")

"""Drawing certificate PDFs in worker processes, for a batch saved as one file each.

A certificate's PDF is pure-Python work (reportlab: layout, font subset, compression;
about 15 ms), twice the database work of registering it, and each file needs its own
font subset, so a folder of 500 took 12 s on one core. The register stays in this
process, one writer as always; only the drawing goes out, to at most
:data:`MAX_WORKERS` processes started with ``spawn`` (safe beside Qt's threads, and
the only method Windows has; bundles call ``multiprocessing.freeze_support()``).
Small batches are drawn here: starting the processes costs about 0.9 s (Python, reportlab and
the font in each), which 2 cores win back only after about a hundred certificates (measured:
220 files 25.4 → 21.7 ms each, 500 files 17.7 ms each).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from station_app.certificates.document import CertificateDoc

log = logging.getLogger(__name__)

MAX_WORKERS = 4
SMALLEST_BATCH = 100  # fewer certificates than this: drawn in this process


def workers_for(count: int) -> int:
    """How many processes draw a batch of *count* files: 0 (this process) below SMALLEST_BATCH or on one core."""
    cores = os.cpu_count() or 1
    return 0 if count < SMALLEST_BATCH or cores < 2 else min(MAX_WORKERS, cores)


def draw(doc: CertificateDoc) -> bytes:
    """One certificate as PDF bytes (in a worker: reportlab and the font load on its first call)."""
    from station_app.certificates.pdf import pdf_bytes

    return pdf_bytes([doc])


class Drawer:
    """Draws a chunk of certificates, in the pool when there is one."""

    def __init__(self, pool: ProcessPoolExecutor | None, size: int = 1) -> None:
        self.pool = pool
        self.size = size  # certificates per chunk: one per process drawing

    def draw_all(self, docs: Sequence[CertificateDoc]) -> list[bytes]:
        if self.pool is not None and len(docs) > 1:
            try:
                return list(self.pool.map(draw, docs))
            except (BrokenProcessPool, OSError) as exc:  # a worker could not start or died: draw here instead
                log.warning("certificate drawing processes failed (%s); drawing in this process", exc)
                self.pool = None
        return [draw(d) for d in docs]


@contextmanager
def drawer(count: int) -> Iterator[Drawer]:
    workers = workers_for(count)
    if not workers:
        yield Drawer(None)
        return
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        yield Drawer(pool, workers)


def smoke() -> int:
    """``--smoke-pool`` (the bundle's smoke test): two sample certificates drawn in two spawned processes."""
    import datetime as dt

    day = dt.date.today()
    sample = CertificateDoc("（样稿）", "", "样例", "CN_RIC", "110105********0000", None, day, day, 60, 1, 0, 60, (),
                            "样例服务站", "XX-0000", "样例单位", "样例", "样例", "", "", day, draft=True)
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        pdfs = list(pool.map(draw, [sample, sample]))
    ok = len(pdfs) == 2 and all(p.startswith(b"%PDF") for p in pdfs)
    print(f"pool: {len(pdfs)} PDFs drawn in worker processes" if ok else "pool: FAILED")
    return 0 if ok else 1

"""A real print queue for the tests: a private cupsd with a cups-pdf queue that writes PDFs to tmp.

The daemon runs on its own socket (``CUPS_SERVER``, set before Qt's print support
first asks CUPS anything), with its own spool and configuration, so tests never
touch the machine's printers and several checkouts can test at once. The
cups-pdf backend reads ``/etc/cups/cups-pdf-<queue>.conf`` for its output folder
(the queue's device URI names it); pdftocairo converts the job to PostScript for
it, which keeps the text (poppler's pdftops and Ghostscript lose CJK text, and
pdftotext could not find a name in the printed file).
``./dev.sh test`` installs cups and printer-driver-cups-pdf.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

QUEUE = f"StationPDF_{os.getpid()}"
ROOT = Path(tempfile.gettempdir()) / f"station-cups-{os.getpid()}"
SOCKET = ROOT / "cups.sock"
os.environ["CUPS_SERVER"] = str(SOCKET)  # libcups reads it once: before any test touches a printer

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF = "/usr/lib/cups/backend/cups-pdf"
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"

CUPSD_CONF = """Listen {socket}
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root
"""


@dataclass
class PrintQueue:
    name: str
    out: Path
    seen: set = field(default_factory=set)

    def pdfs(self) -> set[Path]:
        return set(self.out.glob("*.pdf"))

    def mark(self) -> None:
        """Remember what is there, so :meth:`wait_for_pdf` waits for the next job."""
        self.seen = self.pdfs()

    def wait_for_pdf(self, timeout: float = 30.0, qtbot=None) -> Path:
        """The next PDF cups-pdf writes, once it is complete (Qt events keep running meanwhile)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = sorted(self.pdfs() - self.seen, key=lambda p: p.stat().st_mtime)
            for path in new:
                if _complete(path):
                    self.seen.add(path)
                    return path
            if qtbot is not None:
                qtbot.wait(100)
            else:
                time.sleep(0.1)
        log = (ROOT / "log" / "error_log").read_text(errors="replace")[-2000:] if ROOT.exists() else ""
        raise AssertionError(f"no PDF from the print queue {self.name} within {timeout} s\n{log}")


def _complete(path: Path) -> bool:
    try:
        size = path.stat().st_size
        time.sleep(0.1)
        return size > 0 and size == path.stat().st_size and path.read_bytes().rstrip().endswith(b"%%EOF")
    except OSError:
        return False


def _run(*args: str) -> None:
    done = subprocess.run(list(args), capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()}")


@pytest.fixture(scope="session")
def print_queue():
    """A running cupsd with the cups-pdf queue QUEUE as its default printer; PDFs land in ROOT/out."""
    missing = [p for p in (CUPSD, CUPS_PDF, PPD) if not Path(p).exists()] + [
        t for t in ("lpadmin", "pdftocairo", "pdftotext") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"the print tests need CUPS and cups-pdf (./dev.sh test installs them): missing {missing}")
    for sub in ("spool", "cache", "state", "log", "tmp", "out"):
        (ROOT / sub).mkdir(parents=True, exist_ok=True)
    (ROOT / "tmp").chmod(0o1777)
    (ROOT / "cupsd.conf").write_text(CUPSD_CONF.format(socket=SOCKET))
    (ROOT / "cups-files.conf").write_text(FILES_CONF.format(root=ROOT))
    daemon = subprocess.Popen([CUPSD, "-f", "-c", str(ROOT / "cupsd.conf"), "-s", str(ROOT / "cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    backend_conf = Path(f"/etc/cups/cups-pdf-{QUEUE}.conf")
    out = ROOT / "out"
    try:
        deadline = time.monotonic() + 15
        while not SOCKET.exists():
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"cupsd did not start: {(ROOT / 'log' / 'error_log').read_text(errors='replace')[-1000:]}")
            time.sleep(0.05)
        try:
            backend_conf.write_text(f"Out {out}\nAnonDirName {out}\n")
        except OSError:  # not root: cups-pdf writes to its default, ~/PDF
            out = Path.home() / "PDF"
            out.mkdir(exist_ok=True)
        _run("lpadmin", "-p", QUEUE, "-v", f"cups-pdf:/{QUEUE}", "-E", "-P", PPD,
             "-o", "pdftops-renderer-default=pdftocairo")
        _run("lpadmin", "-d", QUEUE)
        yield PrintQueue(QUEUE, out)
    finally:
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        backend_conf.unlink(missing_ok=True)
        shutil.rmtree(ROOT, ignore_errors=True)


def pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-q", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def read_printed(path: Path) -> str:
    """What a reader takes from a printed PDF: its text without spaces, its title, and the QR codes on
    its first page (rendered at 300 dpi, a phone camera's detail, and scanned), with the serial each code names.

    The serial is read from the QR code and the title because cups-pdf's PostScript round trip on
    Debian 12 (pdftocairo, then Ghostscript) moves a few Latin glyphs of a mixed Chinese/Latin page
    into a Type 3 font without a Unicode map: the Chinese text stays readable, some digits do not.
    """
    text = "".join(pdftotext(path).split())
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    title = next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Title:")), "")
    stem = path.parent / f"{path.stem}-scan"
    subprocess.run(["pdftoppm", "-q", "-r", "300", "-png", "-singlefile", "-f", "1", "-l", "1", str(path), str(stem)],
                   check=True)
    codes = subprocess.run(["zbarimg", "-q", "--raw", f"{stem}.png"], capture_output=True, text=True).stdout
    return "\n".join((text, title, codes, *_serials(codes)))


def _serials(codes: str) -> list[str]:
    """The serial each scanned code names: a signed link carries it inside its signed message."""
    from station_app.protocol.cert_link import BadLink, parse

    found = []
    for line in codes.splitlines():
        try:
            found.append(parse(line).serial)
        except BadLink:
            continue
    return found


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))

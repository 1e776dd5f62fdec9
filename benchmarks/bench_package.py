"""The built program: its one-folder size, and its time to a painted window.

Users download and start the PyInstaller build, not the source, so both figures are taken
from builds made in this run, in a temporary folder, with `build.spec`:
- the workbench itself;
- a hello-world PySide6 window built by the same spec with the same options (`-- --baseline`:
  the same Qt trimming, strip, no UPX), the baseline of both ratios;
- the same hello-world built with PyInstaller's defaults (`pyinstaller --windowed`), for
  the reader: what an untrimmed Qt program weighs.

Startup is the time from starting the process to the first paint of its main window
(offscreen), reported by the program itself: `WORKBENCH_EXIT_AFTER_FIRST_PAINT=1` makes
the workbench print a marker right after that paint and exit (`gui/self_test.py`); the
hello-world does the same. Runs alternate between the two programs, after one warm-up
run each, and the medians are compared. The workbench draws its window before it loads
asyncio and asks the keyring (`gui/app.py`), so the time until it is ready for input (the
loop runs, the keyring has answered: `WORKBENCH_EXIT_AFTER_FIRST_PAINT=ready`) is printed
too, for the reader; it has no budget, since the hello-world has no such second step.
The budget is taken on a first start (an empty home); a home that holds the SOP's key
files, and one whose journal holds 100,000 exchanges (a partner months into testing), are
timed too: the Journey reads both for its first frame.
Run: `make bench` or `python benchmarks/bench_package.py` (needs the `package` extra:
`make package` installs it).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_journal import ENTRIES, populate  # the long journal, shaped as the client writes it

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_MB = 120.0  # the one-folder build, absolute, in MB (the stricter reading)
SIZE_RATIO_BUDGET = 1.3  # against the hello-world built the same way (measured: 1.24)
STARTUP_RATIO_BUDGET = 2.0  # first painted window against the hello-world's
RUNS = 11
MARKER = "first-paint"
READY_MARKER = "ready"

HELLO_WORLD = '''"""A bare PySide6 window that reports its first paint, as the workbench does."""
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    """On the window only, as gui/first_paint.py watches the workbench's."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False


def done():
    print("first-paint", flush=True)
    os._exit(0)


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello, world"))
window.resize(1200, 820)
probe = FirstPaint(window)
if os.environ.get("WORKBENCH_EXIT_AFTER_FIRST_PAINT") == "1":
    window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
'''


def pyinstaller(args: list[str], work: Path) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(work / "dist"), "--workpath", str(work / "build"), *args]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"package: the build failed: {' '.join(args)}")


def folder_bytes(folder: Path) -> int:
    """What the folder weighs as files (the symbolic links PyInstaller adds weigh nothing)."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def first_paint_seconds(program: Path, home: Path, until: str = MARKER) -> float:
    """Seconds from the start of `program` to its marker line `until`."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "WORKBENCH_EXIT_AFTER_FIRST_PAINT": "1" if until == MARKER else until,
        "WORKBENCH_HOME": str(home),
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(program)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        cwd=home,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == until:
            elapsed = time.perf_counter() - started
            break
    else:
        process.wait(30)
        raise SystemExit(f"package: {program.name} ended (code {process.returncode}) "
                         f"without printing {until!r}")
    process.wait(30)
    return elapsed


def home_with_keys(program: Path, home: Path) -> Path:
    """A home with both SOP key pairs in its Sandbox key folder, made by `program`."""
    folder = home / "keys" / "Sandbox"
    home.mkdir(parents=True, exist_ok=True)
    passphrase = home / "passphrase.txt"
    passphrase.write_text("benchmark passphrase\n")
    env = {**os.environ, "WORKBENCH_HOME": str(home)}
    for args in (
        ["keygen", "exchange", "--out", str(folder), "--passphrase-file", str(passphrase)],
        ["keygen", "signing", "--out", str(folder), "--no-passphrase"],
    ):
        done = subprocess.run([str(program), *args], env=env, capture_output=True, text=True,
                              check=False)
        if done.returncode != 0:
            raise SystemExit(f"package: {' '.join(args[:2])} failed: {done.stderr.strip()}")
    passphrase.unlink()
    return home


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB ({size / 1e6:.1f} MB)"


def main() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("package: PyInstaller is missing: run `make bench` (it installs the package "
              "extra) or `pip install -e '.[package]'`")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-package-") as folder:
        work = Path(folder)
        hello_script = work / "hello_world.py"
        hello_script.write_text(HELLO_WORLD)
        started = time.perf_counter()
        pyinstaller(["build.spec"], work / "app")
        pyinstaller(["build.spec", "--", "--baseline", str(hello_script), "--name", "hello-world"],
                    work / "hello")
        pyinstaller(
            ["--windowed", "--name", "hello-default", "--specpath", str(work / "plain"),
             str(hello_script)],
            work / "plain",
        )
        print(f"package: three one-folder builds in {time.perf_counter() - started:.0f} s")
        suffix = ".exe" if sys.platform == "win32" else ""
        app = work / "app" / "dist" / "ovo-snap-workbench"
        hello = work / "hello" / "dist" / "hello-world"
        plain = work / "plain" / "dist" / "hello-default"
        sizes = {name: folder_bytes(path) for name, path in
                 (("app", app), ("hello", hello), ("plain", plain))}

        home = work / "home"
        home.mkdir()
        app_exe, hello_exe = app / f"ovo-snap-workbench{suffix}", hello / f"hello-world{suffix}"
        first_paint_seconds(app_exe, home)  # warm-up: the page cache, fontconfig's cache
        first_paint_seconds(hello_exe, home)
        keys_home = home_with_keys(app_exe, work / "home-with-keys")
        journal_home = work / "home-with-a-long-journal"
        journal_home.mkdir()
        populate(journal_home / "journal.sqlite3")
        first_paint_seconds(app_exe, journal_home)  # the first open adds the journal's indexes
        app_times, hello_times, ready_times, keys_times, journal_times = [], [], [], [], []
        for _ in range(RUNS):
            app_times.append(first_paint_seconds(app_exe, home))
            hello_times.append(first_paint_seconds(hello_exe, home))
            ready_times.append(first_paint_seconds(app_exe, home, READY_MARKER))
            keys_times.append(first_paint_seconds(app_exe, keys_home))
            journal_times.append(first_paint_seconds(app_exe, journal_home))

    failed = False
    size_ratio = sizes["app"] / sizes["hello"]
    print(f"package: hello-world, PyInstaller defaults: {mib(sizes['plain'])}")
    print(f"package: hello-world, built by build.spec: {mib(sizes['hello'])}")
    verdict = "ok" if sizes["app"] / 1e6 <= SIZE_BUDGET_MB else "OVER BUDGET"
    failed |= verdict != "ok"
    print(f"package: workbench one-folder size: {mib(sizes['app'])} "
          f"(budget {SIZE_BUDGET_MB:g} MB) {verdict}")
    verdict = "ok" if size_ratio <= SIZE_RATIO_BUDGET else "OVER BUDGET"
    failed |= verdict != "ok"
    print(f"package: size = {size_ratio:.2f}x the hello-world built the same way "
          f"(budget {SIZE_RATIO_BUDGET:g}x), {sizes['app'] / sizes['plain']:.2f}x the "
          f"default-built one {verdict}")
    app_s, hello_s = statistics.median(app_times), statistics.median(hello_times)
    ratio = app_s / hello_s
    verdict = "ok" if ratio <= STARTUP_RATIO_BUDGET else "OVER BUDGET"
    failed |= verdict != "ok"
    print(f"package: first painted window: workbench {app_s * 1000:.0f} ms, hello-world "
          f"{hello_s * 1000:.0f} ms (medians of {RUNS}) = {ratio:.2f}x "
          f"(budget {STARTUP_RATIO_BUDGET:g}x) {verdict}")
    print(f"package: ready for input (loop running, keyring answered): "
          f"{statistics.median(ready_times) * 1000:.0f} ms (median of {RUNS})")
    keys_s = statistics.median(keys_times)
    print(f"package: first painted window, home with the SOP's key files: "
          f"{keys_s * 1000:.0f} ms = {keys_s / hello_s:.2f}x the hello-world")
    journal_s = statistics.median(journal_times)
    print(f"package: first painted window, home with {ENTRIES:,} journal entries: "
          f"{journal_s * 1000:.0f} ms = {journal_s / hello_s:.2f}x the hello-world")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

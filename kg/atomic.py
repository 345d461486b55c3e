"""Writing outputs so that a reader always sees the old complete set or the new one.

Every file `kg` writes (graph.ttl, graph.html, report.md, report.json, exports) goes
through :func:`write_atomic`: the data is written to a temporary file in the same folder,
synced to disk, given the mode a new file would have, and renamed over the target. A crash,
a kill or Ctrl-C at any moment leaves the old complete file (and at worst a hidden
``.NAME.*.tmp`` beside it), never a half-written one.

``kg build`` writes its whole output folder as one transaction, :class:`OutputFolder`:

- an exclusive lock (``fcntl.flock`` on ``.NAME.lock`` beside the folder) is taken first;
  a second build into the same folder exits at once with a clear message;
- what a killed build left (a ``.NAME.new-*`` folder beside it, ``.NAME.old-*`` after an
  unfinished swap, ``.FILE.*.tmp`` inside) is removed, or put back when the swap was cut
  between its two renames;
- every file is written into a fresh sibling folder ``.NAME.new-*``, which is then swapped
  in: on Linux by one ``renameat2(RENAME_EXCHANGE)``, so that the path names the old
  complete folder up to one instant and the new complete folder after it; elsewhere by two
  renames, the old folder being put back by the next build if a kill falls between them.

Files in the folder that kg did not write (a log the caller writes there) are carried
into the new folder as hard links; a folder that holds other folders is refused, since
the swap replaces the whole folder.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     p = write_atomic(pathlib.Path(d) / "out.txt", "نص\\n")
...     p.read_text(encoding="utf-8")
'نص\\n'
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from kg.errors import ResourceError, UsageError

__all__ = [
    "OUTPUT_NAMES",
    "OutputFolder",
    "write_atomic",
    "check_destination",
    "fault",
    "describe_os_error",
]

#: The files `kg build` writes; a folder holding anything else is not replaced.
# what kg writes into an output folder: a build's files, and ``kg analyze``'s (a new
# build replaces the folder, so an analysis of the old graph goes with it)
OUTPUT_NAMES = frozenset(
    {"graph.ttl", "graph.html", "report.md", "report.json", "analysis.md", "analysis.json"}
)

#: What a fault point of ``KG_FAULT`` can do (see :func:`fault`).
_FAULTS = {
    "einval": errno.EINVAL,
    "enospc": errno.ENOSPC,
    "eacces": errno.EACCES,
    "erofs": errno.EROFS,
}


def write_atomic(path: str | os.PathLike[str], data: str | bytes | Iterable[bytes]) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8 with ``\\n`` line ends;
    an iterable of byte chunks is written chunk by chunk, never held whole)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    chunks = (raw,) if isinstance(raw, bytes | bytearray) else raw
    fault(f"before:{target.name}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
            fh.flush()
            fault(f"write:{target.name}")
            os.fsync(fh.fileno())
        umask = os.umask(0)  # mkstemp makes the file private; give it the usual mode
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    fault(f"after:{target.name}")
    return target


def fault(point: str) -> None:
    """The fault-injection hook of the tests: act at ``point`` when ``KG_FAULT`` names it.

    ``KG_FAULT`` is a comma-separated list of ``POINT`` or ``POINT=ACTION``. The points are
    ``before:NAME`` (before an output file is written), ``write:NAME`` (its data written to
    the temporary file, not yet renamed), ``after:NAME`` (renamed into place),
    ``destination`` (the check of the output folder), ``extract`` (each article, in the
    process that extracts it), and the points of the folder swap of :class:`OutputFolder`:
    ``locked`` (the lock taken), ``before:swap``, ``exchange`` (the one-step swap; ``einval``
    there makes it take the two-rename way), ``between:swap`` (the old folder moved aside,
    the new one not yet in place: the two-rename way only), ``after:swap`` (swapped in, the
    old folder not yet removed). The actions are ``kill`` (the default: SIGKILL, as a power
    cut or ``kill -9``), ``einval``, ``enospc``, ``eacces`` and ``erofs`` (an OSError as the
    system gives it), and ``bug`` (a RuntimeError, as a mistake in the code). Unset, it
    costs one dictionary look-up.

    >>> fault("after:graph.ttl")  # KG_FAULT unset: nothing happens
    """
    spec = os.environ.get("KG_FAULT")
    if not spec:
        return
    for item in spec.split(","):
        where, _, action = item.strip().partition("=")
        if where != point:
            continue
        action = action or "kill"
        if action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if action == "bug":
            raise RuntimeError(f"fault injected at {point}")
        code = _FAULTS.get(action)
        if code is None:
            raise ValueError(f"KG_FAULT: unknown action {action!r} at {point}")
        raise OSError(code, os.strerror(code), point)


def describe_os_error(exc: OSError) -> str:
    """An OSError as the end of a sentence: what the system said, about which file.

    >>> describe_os_error(OSError(28, "No space left on device", "out/graph.ttl"))
    'no space left on device (out/graph.ttl)'
    """
    what = (exc.strerror or str(exc)).strip()
    what = what[:1].lower() + what[1:]
    if not exc.filename:
        return what
    from kg.cleantext import printable

    return f"{what} ({printable(os.fspath(exc.filename))})"


def _existing_ancestor(folder: Path) -> Path:
    here = folder.absolute()
    while not here.exists() and here != here.parent:
        here = here.parent
    return here


def check_destination(folder: str | os.PathLike[str], *, need: int = 0) -> None:
    """Check, before any work, that ``folder`` can take a build's output of ``need`` bytes.

    The folder (when it exists: a read-only folder is not replaced) and the nearest
    existing folder beside or above it (where the new folder is written) are probed with a
    temporary file; nothing is created. Raises :class:`~kg.errors.ResourceError` (exit
    code 3) with one sentence.

    >>> check_destination(tempfile.gettempdir())
    """
    from kg.cleantext import printable

    target = Path(folder)
    shown = printable(str(target))
    here = _existing_ancestor(target.absolute().parent)
    if not here.is_dir():
        raise ResourceError(f"cannot write into {shown}: {printable(str(here))} is not a folder")
    try:
        fault("destination")
        for probed in (target, here) if target.is_dir() else (here,):
            fd, probe = tempfile.mkstemp(prefix=".kg-probe.", suffix=".tmp", dir=probed)
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise ResourceError(
            f"cannot write into {shown}: {describe_os_error(exc)}; choose another --out "
            "or make the folder writable"
        ) from None
    if need:
        free = shutil.disk_usage(here).free
        if free < need:
            raise ResourceError(
                f"not enough free space for {shown}: about {_mib(need)} needed, "
                f"{_mib(free)} free; free some space or choose another --out"
            )


class OutputFolder:
    """The output folder of one build, written as one transaction (see the module).

    >>> import pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with OutputFolder(out) as tx:
    ...     _ = write_atomic(tx.path / "graph.ttl", "")
    ...     tx.commit()
    >>> sorted(p.name for p in out.iterdir()), sorted(p.name for p in out.parent.iterdir())
    (['graph.ttl'], ['.out.lock', 'out'])
    """

    def __init__(self, target: str | os.PathLike[str], *, names=OUTPUT_NAMES) -> None:
        target = Path(target)
        # a symbolic link to a folder stays a link: the folder it names is replaced
        self.target = Path(os.path.realpath(target)) if target.is_symlink() else target.absolute()
        self.names = frozenset(names)
        self.path: Path | None = None  # the new folder, to write into
        self._lock_fd: int | None = None
        self._committed = False

    # -- the lock and what a killed build left

    @property
    def lock_path(self) -> Path:
        return self.target.parent / f".{self.target.name}.lock"

    def _siblings(self, kind: str) -> list[Path]:
        prefix = f".{self.target.name}.{kind}-"
        try:
            return sorted(p for p in self.target.parent.iterdir() if p.name.startswith(prefix))
        except OSError:
            return []

    def _lock(self) -> None:
        import fcntl

        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip()
            os.close(fd)
            from kg.cleantext import printable

            who = f" (process {holder})" if holder.isdigit() else ""
            raise ResourceError(
                f"another kg build{who} is writing into {printable(str(self.target))}; "
                "wait for it to finish or choose another --out"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd

    def _recover(self) -> None:
        """Remove what a killed build left; put the old folder back if the two-rename swap
        was cut between its renames (the target is missing, the old folder is whole)."""
        old = self._siblings("old")
        if old and not os.path.lexists(self.target):
            os.rename(old[-1], self.target)
            old = old[:-1]
        for leftover in self._siblings("new") + old:
            shutil.rmtree(leftover, ignore_errors=True)
        if self.target.is_dir():
            for p in self.target.iterdir():
                base = p.name[1:].split(".tmp", 1)[0]
                if (
                    p.name.startswith(".")
                    and p.name.endswith(".tmp")
                    and any(base.startswith(n + ".") for n in self.names)
                ):
                    p.unlink(missing_ok=True)

    def _check_contents(self) -> None:
        """A folder in ``DIR`` that kg did not write is refused: the swap would take it
        away with the old set (files are carried over, see :meth:`_carry_over`)."""
        if not self.target.is_dir():
            return
        foreign = sorted(
            p.name for p in self.target.iterdir() if p.name not in self.names and p.is_dir()
        )
        if foreign:
            from kg.cleantext import printable

            shown = ", ".join(printable(n) for n in foreign[:3])
            raise UsageError(
                f"{printable(str(self.target))} holds folders kg build did not write ({shown});"
                " the build replaces the whole folder, so give --out a new or empty folder, or"
                " move them out"
            )

    def _carry_over(self) -> None:
        """Give the new folder the files ``DIR`` holds besides kg's own (a log the caller
        is writing, notes) as hard links to the same data: an open file goes on being
        written where it is seen, and nothing is lost if the build stops before the swap
        (the old folder still holds them)."""
        if not self.target.is_dir() or self.path is None:
            return
        for p in sorted(self.target.iterdir()):
            if p.name in self.names or (self.path / p.name).exists() or p.is_dir():
                continue
            try:
                os.link(p, self.path / p.name, follow_symlinks=False)
            except OSError:
                shutil.copy2(p, self.path / p.name, follow_symlinks=False)

    # -- the transaction

    def open(self) -> OutputFolder:
        """Lock, clean up after a killed build, check the folder, make the new folder."""
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self._lock()
        try:
            fault("locked")
            self._recover()
            self._check_contents()
            self.path = Path(
                tempfile.mkdtemp(prefix=f".{self.target.name}.new-", dir=self.target.parent)
            )
            umask = os.umask(0)
            os.umask(umask)
            mode = self.target.stat().st_mode & 0o7777 if self.target.is_dir() else 0o777 & ~umask
            os.chmod(self.path, mode)
        except BaseException:
            self.close()
            raise
        return self

    def commit(self) -> None:
        """Swap the new folder in: the path names the old set, then the new set."""
        assert self.path is not None and not self._committed
        self._carry_over()
        _fsync_dir(self.path)
        fault("before:swap")
        if not os.path.lexists(self.target):
            os.rename(self.path, self.target)
        elif _exchange(self.path, self.target):
            fault("after:swap")
            shutil.rmtree(self.path, ignore_errors=True)  # now the old folder
        else:
            aside = self.target.parent / f".{self.target.name}.old-{secrets.token_hex(4)}"
            os.rename(self.target, aside)
            fault("between:swap")
            os.rename(self.path, self.target)
            fault("after:swap")
            shutil.rmtree(aside, ignore_errors=True)
        self._committed = True
        _fsync_dir(self.target.parent)

    def close(self) -> None:
        """Drop the new folder unless it was committed, and release the lock."""
        if self.path is not None and not self._committed:
            shutil.rmtree(self.path, ignore_errors=True)
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the flock
            self._lock_fd = None

    def __enter__(self) -> OutputFolder:
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap the two paths in one step (Linux ``renameat2``); False where it is not
    available, and the caller takes the two-rename way."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        fault("exchange")
    except OSError as exc:
        if exc.errno == errno.EINVAL:
            return False
        raise
    # ctypes, on purpose: the standard library has no renameat2, and the one-step swap is
    # what lets a reader never find the folder missing.
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), os.fspath(b))


def _mib(n: int) -> str:
    return f"{n / (1 << 20):.1f} MiB"


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

"""Writing an output file so that it is always either the old file or the new one.

Every file `kg` writes (graph.ttl, graph.html, report.md, report.json, exports) goes
through :func:`write_atomic`: the data is written to a temporary file in the same folder,
synced to disk, given the mode a new file would have, and renamed over the target. A crash,
a kill or Ctrl-C at any moment leaves the old complete file (and at worst a hidden
``.NAME.*.tmp`` beside it), never a half-written one.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     p = write_atomic(pathlib.Path(d) / "out.txt", "نص\\n")
...     p.read_text(encoding="utf-8")
'نص\\n'
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import tempfile
from pathlib import Path

from kg.errors import ResourceError

__all__ = ["write_atomic", "check_destination", "fault", "describe_os_error"]

#: What a fault point of ``KG_FAULT`` can do (see :func:`fault`).
_FAULTS = {
    "enospc": errno.ENOSPC,
    "eacces": errno.EACCES,
    "erofs": errno.EROFS,
}


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8 with ``\\n`` line ends)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fault(f"before:{target.name}")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
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
    process that extracts it), and the points of the folder swap.
    The actions are ``kill`` (the default: SIGKILL, as a power cut or ``kill -9``),
    ``enospc``, ``eacces`` and ``erofs`` (an OSError as the system gives it), and ``bug``
    (a RuntimeError, as a mistake in the code). Unset, it costs one dictionary look-up.

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

    Nothing is created: the nearest existing folder on the way is probed with a temporary
    file. Raises :class:`~kg.errors.ResourceError` (exit code 3) with one sentence.

    >>> check_destination(tempfile.gettempdir())
    """
    from kg.cleantext import printable

    target = Path(folder)
    shown = printable(str(target))
    here = _existing_ancestor(target)
    if not here.is_dir():
        raise ResourceError(f"cannot write into {shown}: {printable(str(here))} is not a folder")
    try:
        fault("destination")
        fd, probe = tempfile.mkstemp(prefix=".kg-probe.", suffix=".tmp", dir=here)
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

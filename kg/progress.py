"""What a long build shows while it runs, and where its time goes.

:class:`Progress` writes one line to standard error, rewritten in place: articles done (of
how many, when the inputs say), the rate, and the time left. It writes only to a terminal:
piped or redirected, a build stays quiet, and ``kg build --quiet`` silences it anywhere.
:class:`Stages` adds up the seconds of each named stage of a build (extraction,
resolution, graph, Turtle, analysis, report, view), for ``kg.bench.scale``.

>>> progress_line(50, 200, 10.0)
'50/200 articles, 5.0/s, 30 s left'
>>> progress_line(7, None, 2.0)
'7 articles, 3.5/s'
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

__all__ = ["Progress", "Stages", "progress_line", "duration"]


def duration(seconds: float) -> str:
    """A short human duration.

    >>> duration(4.2), duration(75), duration(3 * 3600 + 120)
    ('4 s', '1 min 15 s', '3 h 2 min')
    """
    s = max(0, round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s"
    return f"{s // 3600} h {s % 3600 // 60} min"


def progress_line(done: int, total: int | None, elapsed: float, *, since: int = 0) -> str:
    """The progress line after ``done`` articles, of ``total`` if known (then with the
    time left at the rate so far), the last ``done - since`` of them in ``elapsed``
    seconds.

    >>> progress_line(11, 101, 5.0, since=1)
    '11/101 articles, 2.0/s, 45 s left'
    """
    rate = (done - since) / elapsed if elapsed > 0 else 0.0
    head = f"{done}/{total} articles" if total else f"{done} articles"
    line = f"{head}, {rate:.1f}/s"
    if total and rate > 0 and done < total:
        line += f", {duration((total - done) / rate)} left"
    return line


class Progress:
    """One line of progress on ``stream`` (standard error), rewritten at most every
    ``every`` seconds.

    Shown only when ``stream`` is a terminal (``tty`` overrides the check, for tests) and
    not ``quiet``; otherwise every method does nothing. The rate is counted from the first
    article done, so that loading the pipelines before it does not count as reading.

    >>> import io
    >>> out = io.StringIO()
    >>> p = Progress(total=3, stream=out, tty=True, every=0, clock=iter([5, 6, 7]).__next__)
    >>> p.update(1); p.update(2); p.update(3); p.close()
    >>> out.getvalue().split("\\r")[1:]
    ['1/3 articles\\x1b[K', '2/3 articles, 1.0/s, 1 s left\\x1b[K', '3/3 articles, 1.0/s\\x1b[K\\n']
    """

    def __init__(
        self,
        *,
        total: int | None = None,
        stream: TextIO | None = None,
        tty: bool | None = None,
        quiet: bool = False,
        every: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = sys.stderr if stream is None else stream
        if tty is None:
            isatty = getattr(self.stream, "isatty", None)
            tty = bool(isatty and isatty())
        self.enabled = tty and not quiet
        self.total = total
        self.every = every
        self.clock = clock
        self._first: tuple[float, int] | None = None  # (time, articles) at the first update
        self._last = float("-inf")
        self._shown = False

    def _write(self, text: str) -> None:
        # \r back to the line's start, \x1b[K clears what a longer earlier line left
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()
        self._shown = True

    def update(self, done: int) -> None:
        """``done`` articles are extracted."""
        if not self.enabled:
            return
        now = self.clock()
        if self._first is None:
            self._first = (now, done)
            self._last = now
            self._write(f"{done}/{self.total} articles" if self.total else f"{done} articles")
            return
        if now - self._last < self.every and done != self.total:
            return
        self._last = now
        t0, d0 = self._first
        self._write(progress_line(done, self.total, now - t0, since=d0))

    def note(self, text: str) -> None:
        """Say which stage runs now (after extraction: resolving, writing the view ...)."""
        if self.enabled:
            self._write(text)

    def close(self) -> None:
        """End the line, so that what is printed next starts on a line of its own."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


class Stages:
    """Seconds spent in each named stage, in the order the stages were first entered.

    >>> clock = iter([0.0, 1.5, 2.0, 2.25]).__next__
    >>> s = Stages(clock=clock)
    >>> with s("extraction"):
    ...     pass
    >>> with s("resolution"):
    ...     pass
    >>> s.seconds
    {'extraction': 1.5, 'resolution': 0.25}
    """

    def __init__(self, *, clock: Callable[[], float] = time.perf_counter) -> None:
        self.seconds: dict[str, float] = {}
        self.clock = clock

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        t0 = self.clock()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + self.clock() - t0

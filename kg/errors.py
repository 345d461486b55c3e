"""Every error `kg` raises on purpose; each message says how to fix the problem."""

__all__ = [
    "KgError",
    "InputError",
    "UsageError",
    "LexiconError",
    "ValidationError",
    "ResourceError",
    "ArticleTimeout",
]


class KgError(Exception):
    """Base class of the errors `kg` reports to its users (exit code 2 unless said)."""


class InputError(KgError):
    """An input (file, line, stream) could not be read as an article; the batch goes on."""


class UsageError(KgError):
    """The command line asks for something that cannot be done."""


class LexiconError(KgError):
    """A lexicon file in data/lexicon is malformed."""


class ValidationError(KgError):
    """A graph does not conform to ontology/shapes.ttl."""


class ResourceError(KgError):
    """The machine cannot do what was asked: the output folder is not writable, the disk is
    full, another build holds the output folder, a worker process was killed (exit code 3)."""


class ArticleTimeout(BaseException):
    """One article took longer than its time budget (``kg build --article-timeout``).

    A BaseException, not a KgError: it is raised by a timer signal anywhere inside the
    rules, and no ``except Exception`` of theirs may swallow it.
    """

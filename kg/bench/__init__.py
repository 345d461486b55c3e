"""Benchmarks, run as modules: ``python -m kg.bench.view`` (the HTML view at scale),
``python -m kg.bench.extract`` (extraction speed).

They print figures and assert nothing: timings depend on the machine.
"""

__all__: list[str] = []

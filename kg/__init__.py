"""officials-kg: news about governments in, a knowledge graph of officials out.

The pipeline runs one way: ``ingest -> nlp -> extract -> resolve -> rdf -> analyze -> render``;
:mod:`kg.cli` wires it. See the README for the commands.
"""

__all__ = ["__version__"]
__version__ = "0.1.0"

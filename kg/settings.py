"""Where `kg` finds its ontology and data, and the KG_* environment variables.

- ``KG_LEXICON_DIR``: a folder of lexicon files to use instead of ``data/lexicon``.
- ``KG_ONTOLOGY_DIR``: a folder to use instead of ``ontology``.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ROOT", "ONTOLOGY_DIR", "DATA_DIR", "LEXICON_DIR", "ARTICLES_DIR", "BASE", "ONTOLOGY"]

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
LEXICON_DIR = Path(os.environ.get("KG_LEXICON_DIR") or DATA_DIR / "lexicon")
ONTOLOGY_DIR = Path(os.environ.get("KG_ONTOLOGY_DIR") or ROOT / "ontology")

#: Namespace of the project's resources (kgr:) and ontology (kgo:).
BASE = "https://w3id.org/officials-kg/id/"
ONTOLOGY = "https://w3id.org/officials-kg/ontology#"

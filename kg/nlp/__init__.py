"""spaCy's home: per-language pipelines, the Arabic normaliser and tokenizer fixes.

``get_pipeline(lang)`` gives a ``spacy.blank`` pipeline with the project's own components;
nothing here downloads a model.
"""

from kg.nlp.normalize import normalize_ar, normalize_en
from kg.nlp.pipeline import doc_text, doc_tokens, get_pipeline

__all__ = ["doc_text", "doc_tokens", "get_pipeline", "normalize_ar", "normalize_en"]

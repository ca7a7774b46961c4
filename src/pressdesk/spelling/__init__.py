"""Spell checking for the `spelling` rule: a lazily loaded dictionary and a name-aware speller.

Nothing here imports the dictionary library until a word is looked up (`load_dictionary`).
"""

from pressdesk.spelling.dictionary import VARIANTS, Dictionary, Variant, is_loaded, load_dictionary
from pressdesk.spelling.speller import Misspelling, Speller, Text, forget_texts

__all__ = [
    "VARIANTS",
    "Dictionary",
    "Misspelling",
    "Speller",
    "Text",
    "Variant",
    "forget_texts",
    "is_loaded",
    "load_dictionary",
]

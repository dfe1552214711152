"""The domain: dossier model, validation, canonical form and `.charte` files.

Imports neither Qt nor SQLAlchemy (a test checks it); every other package of
charte_app is a view of what is defined here.
"""

from .canonical import canonical_json, fingerprint, short_fingerprint
from .codec import decode, encode
from .model import *  # noqa: F403 - the model is the package's vocabulary
from .problems import DossierRefused, Problem
from .validation import validate_dossier, validate_file

__all__ = [  # noqa: F405
    "canonical_json",
    "fingerprint",
    "short_fingerprint",
    "decode",
    "encode",
    "DossierRefused",
    "Problem",
    "validate_dossier",
    "validate_file",
]

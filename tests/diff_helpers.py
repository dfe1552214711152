"""Shared helpers for the diff tests: load the shared examples, copy dossiers to edit them."""

from __future__ import annotations

import copy
from pathlib import Path

from charte_app.domain.dossier_file import parse
from charte_app.domain.model import Dossier, DossierFile

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT.parent / "shared" / "examples"
if not EXAMPLES.is_dir():
    EXAMPLES = Path(__file__).resolve().parent / "data" / "examples"


def load(name: str) -> DossierFile:
    doc, _ = parse((EXAMPLES / name).read_bytes())
    return doc


def reims() -> DossierFile:
    return load("reims-croix-rouge.charte")


def epernay() -> DossierFile:
    return load("epernay-psychomotricite.charte")


def clone(dossier: Dossier) -> Dossier:
    return copy.deepcopy(dossier)

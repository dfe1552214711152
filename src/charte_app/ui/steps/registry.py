"""The wizard's steps, in the field's order (``shared/domain.md``: the good-practice path).

Steps 10 (Conventions) and 11 (Aperçu et export) come from their own modules;
they are included when present, so the wizard runs while they are being built.
"""

from __future__ import annotations

import importlib
import inspect

from .base import StepPage
from .commitments import CommitmentsStep
from .diagnosis import DiagnosisStep
from .duration import DurationStep
from .goal import GoalStep
from .governance import GovernanceStep
from .lists import ObjectivesStep, RulesStep, ValuesStep
from .partners import PartnersStep

#: Steps 1–9, in order.
CHARTER_STEPS: list[type[StepPage]] = [
    PartnersStep,
    DiagnosisStep,
    GoalStep,
    ObjectivesStep,
    ValuesStep,
    RulesStep,
    CommitmentsStep,
    GovernanceStep,
    DurationStep,
]

#: Modules of the later steps (10, 11), each defining one concrete StepPage.
LATER_STEP_MODULES = ["charte_app.ui.steps.conventions", "charte_app.ui.steps.preview"]


def _step_class(module_name: str) -> type[StepPage] | None:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None  # not written yet
        raise
    found = [
        obj
        for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, StepPage) and obj.__module__ == module_name and obj.step_id
    ]
    return found[0] if found else None


def step_classes() -> list[type[StepPage]]:
    """Every step of the wizard, in order."""
    classes = list(CHARTER_STEPS)
    for name in LATER_STEP_MODULES:
        cls = _step_class(name)
        if cls is not None:
            classes.append(cls)
    return classes

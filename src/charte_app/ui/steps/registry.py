"""The wizard's steps, in the field's order (``shared/domain.md``: the good-practice path).

Steps 10 (Conventions) and 11 (Aperçu et export) come from their own modules;
they are included when present, so the wizard runs while they are being built.
Their modules (tabs of sections, clause library, print support) are imported
when their page is first built, after the window's first paint: the side list
needs only their id and title, given here (a test checks they match the classes).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .base import StepPage
from .commitments import CommitmentsStep
from .diagnosis import DiagnosisStep
from .duration import DurationStep
from .goal import GoalStep
from .governance import GovernanceStep
from .lists import ObjectivesStep, RulesStep, ValuesStep
from .partners import PartnersStep

if TYPE_CHECKING:
    from .base import StepContext

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


@dataclass(frozen=True)
class LaterStep:
    """A step whose module is imported when its page is first built; used like its StepPage class."""

    module: str
    class_name: str
    step_id: str
    step_title: str  # the class's own step_title, in its translation context (the class name)

    def step_class(self) -> type[StepPage]:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        if not (isinstance(cls, type) and issubclass(cls, StepPage)):
            raise TypeError(f"{self.module}.{self.class_name} is not a wizard step")
        return cls

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.step_title)

    def __call__(self, ctx: StepContext) -> StepPage:
        return self.step_class()(ctx)


#: Steps 10 and 11, in order.
LATER_STEPS = [
    LaterStep(
        "charte_app.ui.steps.conventions",
        "ConventionsPage",
        "conventions",
        str(QT_TRANSLATE_NOOP("ConventionsPage", "Conventions")),
    ),
    LaterStep(
        "charte_app.ui.steps.preview",
        "PreviewPage",
        "preview",
        str(QT_TRANSLATE_NOOP("PreviewPage", "Aperçu et export")),
    ),
]

Step = type[StepPage] | LaterStep


def step_classes() -> list[Step]:
    """Every step of the wizard, in order: a StepPage class, or a :class:`LaterStep` standing for one."""
    return [*CHARTER_STEPS, *(s for s in LATER_STEPS if importlib.util.find_spec(s.module) is not None)]

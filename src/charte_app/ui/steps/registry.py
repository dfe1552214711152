"""The wizard's steps, in the field's order (``shared/domain.md``: the good-practice path).

Step 1 (Partenaires) is the page a new dossier opens on. Every other step's
module (steps 2–9; step 10, Conventions: tabs of sections, clause library;
step 11, Aperçu et export: print support; step 12, Versions, avis et signature; step 13, Suivi et bilan) is imported when its page is first
built: after the window's first paint, or at once for the step a dossier
reopens on. The side list needs only their id and title, given here (a test
checks they match the classes). Steps 10 to 13 are included when present, so
the wizard runs while they are being built.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .base import StepPage
from .partners import PartnersStep

if TYPE_CHECKING:
    from .base import StepContext


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


def _later(module: str, class_name: str, step_id: str, step_title: str) -> LaterStep:
    return LaterStep(f"charte_app.ui.steps.{module}", class_name, step_id, step_title)


# The titles are marked for translation where each class declares them (its ``step_title``); a test
# checks that these copies match, and ``LaterStep.translated_title`` looks them up in the class's context.
#: Steps 1–9, in order.
CHARTER_STEPS: list[type[StepPage] | LaterStep] = [
    PartnersStep,
    _later("diagnosis", "DiagnosisStep", "diagnosis", "Diagnostic partagé"),
    _later("goal", "GoalStep", "goal", "But commun"),
    _later("lists", "ObjectivesStep", "objectives", "Objectifs et indicateurs"),
    _later("lists", "ValuesStep", "values", "Valeurs"),
    _later("lists", "RulesStep", "rules", "Règles"),
    _later("commitments", "CommitmentsStep", "commitments", "Engagements"),
    _later("governance", "GovernanceStep", "governance", "Gouvernance"),
    _later("duration", "DurationStep", "duration", "Durée, révision et signatures"),
]
#: Their ids (the charter's own steps, whose lists the wizard tidies).
CHARTER_STEP_IDS = frozenset(step.step_id for step in CHARTER_STEPS)

#: Steps 10 to 13, in order.
LATER_STEPS = [
    _later("conventions", "ConventionsPage", "conventions", "Conventions"),
    _later("preview", "PreviewPage", "preview", "Aperçu et export"),
    _later("signing", "SigningPage", "signing", "Versions, avis et signature"),
    _later("follow_up", "FollowUpPage", "follow_up", "Suivi et bilan"),
]

Step = type[StepPage] | LaterStep


def step_classes() -> list[Step]:
    """Every step of the wizard, in order: a StepPage class, or a :class:`LaterStep` standing for one."""
    return [*CHARTER_STEPS, *(s for s in LATER_STEPS if importlib.util.find_spec(s.module) is not None)]

"""Each step's widget, imported and built when the step is first visited.

The first screen shows one step, so only that step's module is imported and its widgets mounted
before the first frame; the others come when the staffer first goes to them.
"""

from __future__ import annotations

from importlib import import_module

from pressdesk.tui.widgets.step import Step

_WHERE = {
    "release": ("release_step", "ReleaseStep"),
    "contacts": ("contacts_step", "ContactsStep"),
    "story": ("story_step", "StoryStep"),
    "boilerplate": ("boilerplate_step", "BoilerplateStep"),
    "review": ("review_step", "ReviewStep"),
}


def new_step(step_id: str) -> Step:
    """A fresh, unmounted widget for the step `step_id`."""
    module, name = _WHERE[step_id]
    step = getattr(import_module(f"pressdesk.tui.widgets.{module}"), name)()
    assert isinstance(step, Step)
    return step

"""The findings list: Textual's OptionList, with one option's words changed in place.

A finding that counts words ("body 512 words …") changes its words on every word typed. Textual's
`replace_option_prompt_at_index` then throws away the drawing of every option (it keeps them by
option, and the option stays the same object) and draws the whole list again: at 140 columns,
4-5 ms of that key plus the larger frame around it (bench/bench_typing.py, keystroke p95). `reword`
forgets only that option's drawing and repaints only its lines, when the new words take as many
lines as the old; otherwise it does what `replace_option_prompt_at_index` does.

`reword` reaches into OptionList's caches (Textual 8.x). Should a later Textual rename them, it
falls back to the public method: slower, never wrong. tests/tui/test_steady_panels.py compares
what it draws with the whole list drawn again.
"""

from __future__ import annotations

from typing import cast

from textual.css.styles import RulesMap
from textual.visual import VisualType
from textual.widgets import OptionList


class FindingsList(OptionList):
    """The findings, a step heading over each step's, and the choices under a misspelling."""

    def reword(self, index: int, prompt: VisualType) -> None:
        """Show `prompt` as option `index`'s words."""
        try:
            if self._reword_in_place(index, prompt):
                return
        except AttributeError:  # OptionList's caches are not what this Textual has
            pass
        self.replace_option_prompt_at_index(index, prompt)

    def _reword_in_place(self, index: int, prompt: VisualType) -> bool:
        """Change the option's words and repaint its lines; False if the list must be laid out
        again (its lines are not known yet, or the new words take more or fewer of them)."""
        lines = self._line_cache
        start, height = lines.index_to_line.get(index), lines.heights.get(index)
        if start is None or height is None:
            return False
        option = self.get_option_at_index(index)
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        option._set_prompt(prompt)
        visual = self._get_visual(option)
        rules = cast(RulesMap, self.styles)  # as OptionList passes them
        if visual.get_height(rules, width - padding.width) + option._divider != height:
            return False
        drawn = self._option_render_cache
        for key in [key for key in drawn.keys() if key[0] is option]:  # noqa: SIM118 (no __iter__)
            drawn.discard(key)
        self.refresh_lines(start, height)
        return True

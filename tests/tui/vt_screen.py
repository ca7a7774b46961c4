"""A VT emulator fed the app's frames: what a terminal shows, cell by cell, to compare a widget that
repaints only part of itself with the same widget drawn again from scratch."""

from __future__ import annotations

from typing import Any

import pyte
from rich.console import Console
from textual._compositor import CompositorUpdate
from textual.pilot import Pilot
from textual.widget import Widget

Cells = list[list[tuple[str, str, str, bool]]]


class Terminal:
    """The app's frames, played into a VT emulator as a terminal would show them."""

    def __init__(self, app: Any, size: tuple[int, int]) -> None:
        self.screen = pyte.Screen(*size)
        self.stream = pyte.Stream(self.screen)
        console = Console(color_system="truecolor", force_terminal=True)  # every shade told apart
        display = app._display

        def shown(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if isinstance(renderable, CompositorUpdate) and not app._batch_count:
                self.stream.feed(renderable.render_segments(console))

        app._display = shown

    def lines(self) -> list[str]:
        return list(self.screen.display)

    def cells(self, widget: Widget) -> Cells:
        """What the terminal shows where `widget` is: each cell's character, colours and
        whether it is drawn reversed (the cursor, a selection)."""
        x, y, width, height = widget.region
        return [
            [
                (cell.data, cell.fg, cell.bg, cell.reverse)
                for cell in (self.screen.buffer[row][column] for column in range(x, x + width))
            ]
            for row in range(y, y + height)
        ]

    async def as_repainted(self, pilot: Pilot[None], widget: Widget) -> Cells:
        """What the terminal shows where `widget` is once it is drawn again from scratch."""
        widget.refresh()  # all of it, its cached lines too
        await pilot.pause()
        return self.cells(widget)

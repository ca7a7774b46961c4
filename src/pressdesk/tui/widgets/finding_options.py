"""The findings list's lines: a heading per step, each finding with its severity, rule and
message, a misspelling's choices under it; and how to change the list in place as typing changes
a finding's words."""

from __future__ import annotations

from collections.abc import Iterator

from textual.content import Content
from textual.widgets.option_list import Option

from pressdesk.findings import Finding, Severity
from pressdesk.tui.finding_steps import StepCount, count_by_step, group_by_step
from pressdesk.tui.spelling_choices import SPELLING, choices, named_word
from pressdesk.tui.steps import STEP_LABELS, step_of
from pressdesk.tui.widgets.findings_list import FindingsList

SHOWN = 200  # findings listed at most (the counts say how many there are): a list stays quick

# The marker and theme colour of each severity (text as well as colour, for NO_COLOR terminals).
_MARK: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("✖ error", "bold $error"),
    Severity.WARNING: ("▲ warning", "bold $warning"),
    Severity.INFO: ("● info", "$primary"),
}


def _finding_prompt(finding: Finding) -> Content:
    mark, style = _MARK[finding.severity]
    fix = ("  · f fixes it", "bold $success") if finding.fix is not None else ""
    return Content.assemble((mark, style), " ", (finding.rule, "dim"), "\n", finding.message, fix)


def options_for(findings: tuple[Finding, ...]) -> tuple[list[Option | None], list[Finding]]:
    """The list's options (headed by step, at most SHOWN findings) and the finding of each
    "finding-N" option."""
    options: list[Option | None] = []
    by_option: list[Finding] = []
    counts = count_by_step(findings)
    for step, items, shown in _by_step(findings):
        if options:
            options.append(None)
        options.append(Option(_step_heading(step, counts[step]), disabled=True))
        for finding in shown:
            n = len(by_option)
            options.append(Option(_finding_prompt(finding), id=f"finding-{n}"))
            options.extend(_choice_options(finding, n))
            by_option.append(finding)
        if len(shown) < len(items):
            more = f"… and {len(items) - len(shown)} more like these"
            options.append(Option(Content.styled(more, "dim"), disabled=True))
    return options, by_option


def listed(findings: tuple[Finding, ...]) -> list[Finding]:
    """The findings the list shows, in its order: option "finding-N" is the Nth."""
    return [finding for _, _, shown in _by_step(findings) for finding in shown]


def _by_step(
    findings: tuple[Finding, ...],
) -> Iterator[tuple[str, list[Finding], list[Finding]]]:
    """Each step's findings, and those of them listed: SHOWN in all, the first steps first."""
    room = SHOWN
    for step, items in group_by_step(findings).items():
        shown = items[: max(0, room)]
        room -= len(shown)
        yield step, items, shown


def looks(findings: tuple[Finding, ...]) -> tuple[tuple[object, ...], ...]:
    """What the list shows of each finding (its step, severity, rule, words, fix and choices),
    not where its words are. Typing before a finding moves its span but not its look: when every
    look is as before, the list on screen is right as it is."""
    return tuple(
        (step_of(f.field), f.severity, f.rule, f.message, f.fix is not None, choices(f))
        for f in findings
    )


def markup(prompt: object) -> str:
    # Content compares by its plain text alone; the colours (a finding's severity) count too.
    return prompt.markup if isinstance(prompt, Content) else str(prompt)


Shown = list[
    tuple[str, str | None, bool] | None
]  # each option's (markup, id, disabled); None a rule


def shown_rows(options: list[Option | None]) -> Shown:
    """What each option shows, to tell whether the list on screen is already right."""
    return [None if o is None else (markup(o.prompt), o.id, o.disabled) for o in options]


def same_rows(new: Shown, old: Shown) -> bool:
    """Whether `new` is `old` with only some words changed: the same options, ids and rules."""
    return len(new) == len(old) and all(
        (a is None) == (b is None) and (a is None or b is None or a[1:] == b[1:])
        for a, b in zip(new, old, strict=True)
    )


def replace_prompts(
    option_list: FindingsList, options: list[Option | None], new: Shown, old: Shown
) -> None:
    """Change the words of the options that changed, in place. A finding's message that counts
    words changes on every word typed; `set_options` would lay out the whole screen each time
    (bench/bench_typing.py, keystroke p95), where a reworded option repaints only its lines, and the
    list is laid out only if the option wraps to another height (widgets/findings_list.py)."""
    index = 0  # an option's index in the list: the rules (None) are not options there
    for option, a, b in zip(options, new, old, strict=True):
        if option is None:
            continue
        if a != b:
            option_list.reword(index, option.prompt)
        index += 1


def _choice_options(finding: Finding, n: int) -> list[Option]:
    """Under a misspelling: each suggestion, then "add the word to the coalition's words"."""
    options = [
        Option(
            Content.assemble("   → ", ("replace with ", "dim"), (f"“{word}”", "bold $success")),
            id=f"choice-{n}-{k}",
        )
        for k, word in enumerate(choices(finding))
    ]
    word = named_word(finding)
    if finding.rule == SPELLING and word:
        options.append(
            Option(
                Content.assemble(
                    "   + ",
                    ("add ", "dim"),
                    (f"“{word}”", "bold"),
                    # Its own line, so a narrow panel never has to wrap it.
                    ("\n     to the coalition's words", "dim"),
                ),
                id=f"addword-{n}",
            )
        )
    return options


def _step_heading(step: str, count: StepCount) -> Content:
    parts = [f"{n} {name}" for n, name in count_words(count) if n]
    return Content.assemble((STEP_LABELS[step], "bold"), ("  " + ", ".join(parts), "dim"))


def count_words(count: StepCount) -> list[tuple[int, str]]:
    return [
        (count.errors, "error" if count.errors == 1 else "errors"),
        (count.warnings, "warning" if count.warnings == 1 else "warnings"),
        (count.infos, "info"),
    ]

"""The Story step's cards, one per kind of body block: paragraph, quote, heading and list."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Checkbox

from pressdesk.model import Block, BulletList, Heading, Paragraph, Quote, Speaker
from pressdesk.tui.edits import SetField
from pressdesk.tui.widgets.choice import ChoiceField
from pressdesk.tui.widgets.field_row import FieldRow
from pressdesk.tui.widgets.fields import TextField, only_placeholders
from pressdesk.tui.widgets.prose_field import ProseField
from pressdesk.tui.widgets.step import Card, Step, load_field

PARAGRAPH_HELP = """\
### Paragraph
Body text. The first paragraph is the **lede**: the dateline opens it, so say who, what, when
and why in it. Type plain quote marks and `--` for a dash; exports set curly quotes and em dashes.
Inline Markdown works: `*emphasis*`, `[a link](https://example.org)`."""

QUOTE_HELP = """\
### Quote paragraphs
What the speaker said, **without quote marks**: pressdesk adds them, including the open mark
that starts each continuing paragraph. Leave a blank line between paragraphs.
Quotes inside the quote can use plain double marks; they become single marks on export."""

SPEAKER_HELP = {
    "name": "### Speaker\nThe person quoted, as they want to be named. Leave it empty for a "
    "statement from an organisation itself: fill in the organisation, and the quote is "
    "attributed to it (`… said Mijente.`).",
    "title": "### Speaker's title\nTheir job title, such as Executive Director.",
    "org": "### Speaker's organisation\nThe member group they speak for.",
}
STYLE_HELP = """\
### Quote style
**Statement**: a header line (Name, Title, Organisation) and then the quote, as coalition
statements do. **Said**: the attribution goes in the text ("…," said Name, title of Org.)."""
LIST_HELP = "### List\nOne item per line; pressdesk adds the bullets."
HEADING_HELP = "### Heading\nA short subheading inside the body, such as Background."

STYLES = [("Statement", "statement"), ("Said", "said")]


def approval_label(approved: bool) -> str:
    # Said in words too: the box alone looks the same ticked or not without colour.
    return "Approved" if approved else "Not approved"


class SignOff(Checkbox):
    """A quote's "approved" box, found by its `path` like a text field (a `quote-approved`
    finding jumps here, so Enter then space signs the quote off)."""

    def __init__(self, approved: bool, path: str) -> None:
        super().__init__(
            approval_label(approved),
            approved,
            compact=True,
            classes="quote-approved",
            tooltip="Has the speaker signed off on this quote?",
        )
        self.path = path


def block_title(block: Block, index: int, is_lede: bool) -> str:
    if isinstance(block, Paragraph):
        return "Lede (first paragraph)" if is_lede else "Paragraph"
    if isinstance(block, Quote):
        who = block.speaker.who if block.speaker is not None else ""
        return f"Quote: {who or 'no speaker yet'}"
    return "Heading" if isinstance(block, Heading) else "List"


class BlockCard(Card):
    """A body block. `BLOCK` is the block class it edits."""

    BLOCK: type = object

    def __init__(self, block: Block, index: int) -> None:
        super().__init__(index)
        self.block = block  # only the values to show when first composed
        self.add_class(f"block-{type(block).__name__.lower()}")

    def fits(self, item: object) -> bool:
        return type(item) is self.BLOCK

    def retitle(self, title: str) -> None:
        self.set_title(title)


class ParagraphCard(BlockCard):
    BLOCK = Paragraph

    def compose(self) -> ComposeResult:
        assert isinstance(self.block, Paragraph)
        yield from self.compose_header("Paragraph")
        yield ProseField(
            self.block.text,
            path=f"body[{self.index}].text",
            placeholder="Type the paragraph…",
            help=PARAGRAPH_HELP,
        )

    def load(self, item: object, index: int) -> None:
        assert isinstance(item, Paragraph)
        self.index = index
        load_field(self.query_one(ProseField), f"body[{index}].text", item.text)


class HeadingCard(BlockCard):
    BLOCK = Heading

    def compose(self) -> ComposeResult:
        assert isinstance(self.block, Heading)
        yield from self.compose_header("Heading")
        yield TextField(
            self.block.text,
            path=f"body[{self.index}].heading",
            placeholder="Background",
            help=HEADING_HELP,
        )

    def load(self, item: object, index: int) -> None:
        assert isinstance(item, Heading)
        self.index = index
        load_field(self.query_one(TextField), f"body[{index}].heading", item.text)


class ListCard(BlockCard):
    BLOCK = BulletList

    def compose(self) -> ComposeResult:
        assert isinstance(self.block, BulletList)
        yield from self.compose_header("List")
        yield ProseField(
            "\n".join(self.block.items),
            path=f"body[{self.index}].items",
            shape="items",
            placeholder="One item per line",
            help=LIST_HELP,
        )

    def load(self, item: object, index: int) -> None:
        assert isinstance(item, BulletList)
        self.index = index
        field = self.query_one(ProseField)
        field.path = f"body[{index}].items"
        if field.model_value != item.items:
            field.load(item.items)


class QuoteCard(BlockCard):
    """A quote block: speaker, paragraphs, style and whether the speaker approved it."""

    BLOCK = Quote

    def compose(self) -> ComposeResult:
        quote = self.block
        assert isinstance(quote, Quote)
        speaker = quote.speaker or Speaker("")
        yield from self.compose_header("Quote")
        for name, label, placeholder in (
            ("name", "Speaker", "Full name"),
            ("title", "Title", "Executive Director"),
            ("org", "Organisation", "Member group"),
        ):
            yield FieldRow(
                label,
                TextField(
                    getattr(speaker, name),
                    path=f"body[{self.index}].speaker.{name}",
                    placeholder=placeholder,
                    help=SPEAKER_HELP[name],
                ),
            )
        prose = ProseField(
            ProseField.text_of(quote.paragraphs, "paragraphs"),
            path=f"body[{self.index}].paragraphs",
            shape="paragraphs",
            placeholder="What they said, without quote marks. A blank line starts a new paragraph.",
            help=QUOTE_HELP,
        )
        prose.speaker_now = self._speaker_now
        yield prose
        yield FieldRow(
            "Style", ChoiceField(STYLES, value=quote.style, classes="quote-style", help=STYLE_HELP)
        )
        yield FieldRow(
            "Sign-off",
            SignOff(quote.approved, f"body[{self.index}].approved"),
        )

    def load(self, item: object, index: int) -> None:
        assert isinstance(item, Quote)
        self.index = index
        speaker = item.speaker or Speaker("")
        for field in self.query(TextField):
            name = field.path.rsplit(".", 1)[1]
            load_field(field, f"body[{index}].speaker.{name}", getattr(speaker, name))
        prose = self.query_one(ProseField)
        prose.path = f"body[{index}].paragraphs"
        if prose.model_value != item.paragraphs:
            prose.load(item.paragraphs)
        self.query_one(".quote-style", ChoiceField).load(item.style)
        box = self.query_one(SignOff)
        box.path = f"body[{index}].approved"
        if box.value != item.approved:
            with box.prevent(Checkbox.Changed):
                box.value = item.approved
            box.label = approval_label(item.approved)

    def _speaker_now(self) -> Speaker:
        """The speaker as the card's fields say it now (a starter's `[FULL NAME]` is no one)."""
        parts = {
            f.path.rsplit(".", 1)[1]: "" if only_placeholders(f.value) else f.value.strip()
            for f in self.query(TextField)
        }
        return Speaker(parts.get("name", ""), parts.get("title", ""), parts.get("org", ""))

    @on(ProseField.SpeakerPasted)
    def _speaker_pasted(self, event: ProseField.SpeakerPasted) -> None:
        # The pasted speaker line fills the empty speaker, each field as if typed (its own undo).
        event.stop()
        for field in self.query(TextField):
            field.value = getattr(event.speaker, field.path.rsplit(".", 1)[1])

    @on(ChoiceField.Changed, ".quote-style")
    def _style(self, event: ChoiceField.Changed) -> None:
        event.stop()
        self._post(SetField(f"body[{self.index}].style", event.value))

    @on(Checkbox.Changed, ".quote-approved")
    def _approved(self, event: Checkbox.Changed) -> None:
        event.stop()
        event.checkbox.label = approval_label(event.value)
        self._post(SetField(f"body[{self.index}].approved", event.value))

    def _post(self, edit: SetField) -> None:
        step = next(a for a in self.ancestors if isinstance(a, Step))
        step.post_edit(edit)


CARDS: dict[type, type[BlockCard]] = {
    Paragraph: ParagraphCard,
    Quote: QuoteCard,
    Heading: HeadingCard,
    BulletList: ListCard,
}


def make_block_card(block: Block, index: int) -> BlockCard:
    return CARDS[type(block)](block, index)

"""A realistic 1,500-word coalition statement for the benchmarks, built in code (no files)."""

from __future__ import annotations

from datetime import date

from pressdesk.model import Boilerplate, Contact, Paragraph, Quote, Release, Speaker

_SENTENCE = (
    "The coalition's member groups have spent years documenting how the program affects "
    "renters in Riverside County, and the new figures confirm what tenants told us. "
)


def release_of_words(words: int = 1500) -> Release:
    """A coalition statement of about `words` words: a lede, quote blocks, closing paragraphs."""
    per_sentence = len(_SENTENCE.split())
    sentences_per_para = 4
    para_words = per_sentence * sentences_per_para
    paras = max(3, words // para_words)
    para = (_SENTENCE * sentences_per_para).strip()
    body: list[Paragraph | Quote] = [
        Paragraph(
            "The Riverside Housing Coalition released the following statements from member "
            "groups Tenants United, Fair Rent Now and the Valley Legal Aid Society:"
        )
    ]
    n = 0
    while n < paras - 3:
        speaker = Speaker(f"Speaker {n}", "Executive Director", f"Member Group {n}")
        body.append(Quote((para, para), speaker, approved=True))
        n += 2
    body += [Paragraph(para), Paragraph(para)]
    return Release(
        date=date(2026, 11, 24),
        headline="Riverside Housing Coalition Responds to County Rent Report",
        dateline="RIVERSIDE, Calif.",
        contacts=(
            Contact(
                "Dana Whitfield", "dana@example.org", "202-555-0143", "Riverside Housing Coalition"
            ),
            Contact("Marco Ruiz", "marco@example.org", "202-555-0178", "Tenants United"),
        ),
        body=tuple(body),
        boilerplate=(
            Boilerplate(
                "Riverside Housing Coalition",
                "The Riverside Housing Coalition is an alliance of 40 tenant, legal aid and "
                "faith groups working for safe, affordable homes across Riverside County. "
                "Learn more at https://riverside.example.org.",
            ),
        ),
    )

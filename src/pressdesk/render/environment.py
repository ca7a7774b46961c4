"""The Jinja2 environments for the export templates: user overrides first, then the bundled ones.

HTML is escaped by the environment itself (`autoescape=True`), never by guessing from the file
name: `select_autoescape` would leave a `*.html.j2` template unescaped. Text and Markdown are not
HTML, so they are not escaped. A misspelt variable is an error, never an empty string.
"""

from __future__ import annotations

from functools import lru_cache

import jinja2

from pressdesk.resources import template_dirs


@lru_cache(maxsize=8)
def _environment(html: bool, dirs: tuple[str, ...]) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(dirs)),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # a template edited while the editor runs shows in the next preview
    )


def environment(*, html: bool) -> jinja2.Environment:
    """The environment for HTML (escaping) or for text and Markdown (not escaping).

    Cached per template search path, so a changed config folder is seen at once.
    """
    return _environment(html, tuple(str(d) for d in template_dirs()))


def template(name: str, *, html: bool) -> jinja2.Template:
    """The export template `export/<name>`, from the user's folder if they made their own."""
    try:
        return environment(html=html).get_template(f"export/{name}")
    except jinja2.TemplateNotFound as exc:
        from pressdesk.errors import PressdeskError

        raise PressdeskError(f"export template {exc.name} not found") from None

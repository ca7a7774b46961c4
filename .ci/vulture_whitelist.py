"""Names vulture cannot see being used (read by `.venv/bin/vulture`, configured in pyproject.toml).

Each line marks a name as used. Add one only with the reason beside it.
"""
# ruff: noqa  (a list of names, not a module anyone imports)

# Set on python-docx's section, paragraph-format, font and core-properties objects, and on
# zipfile.ZipInfo: the libraries read them when they write the document (render/docx.py).
_.left_margin
_.right_margin
_.top_margin
_.bottom_margin
_.space_after
_.rgb
_.underline
_.keywords
_.last_modified_by
_.category
_.revision
_.modified
_.compress_type
_.external_attr

# The editor's steps, imported by name on first show (tui/widgets/step_widgets.py).
BoilerplateStep
ContactsStep
ReleaseStep
ReviewStep
StoryStep

# Set on Textual's ScreenResume event; Screen reads it (tui/screens/editor.py, the first resume).
_.refresh_styles

"""Staff pages for reading curricula (outline and whole sessions, notes included)."""

from flask import Blueprint

from server.prose import to_html

bp = Blueprint("curricula", __name__, url_prefix="/staff")
# ``{{ text|markdown }}``: curriculum Markdown as sanitised HTML, in any template.
bp.add_app_template_filter(to_html, "markdown")

from server.curricula_pages import routes  # noqa: E402,F401

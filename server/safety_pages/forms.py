"""Forms of the safety pages; Flask-WTF adds a CSRF token to each."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from server.services.notes import MAX_NOTE_CHARS


class CrisisResourceForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=120)])
    contact = StringField("How to reach it", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Length(max=1000)])
    locale = StringField(
        "Locale (such as en-US or en-GB; blank for everywhere)", validators=[Length(max=16)]
    )
    position = IntegerField(
        "Position (lower comes first)", default=100, validators=[Optional(), NumberRange(0, 9999)]
    )


class NoteForm(FlaskForm):
    body = TextAreaField("Note", validators=[DataRequired(), Length(max=MAX_NOTE_CHARS)])


class ConfirmForm(FlaskForm):
    """CSRF only: for buttons that post."""

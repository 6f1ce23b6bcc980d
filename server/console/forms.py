from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional


class ScheduleForm(FlaskForm):
    # Blank is allowed: a meeting that follows a curriculum session takes the session's title.
    title = StringField("Title", validators=[Optional(), Length(max=160)])
    starts_at = DateTimeLocalField("Starts (UTC)", validators=[DataRequired()])
    minutes = IntegerField("Minutes", default=90, validators=[NumberRange(15, 240)])
    # Choices come from the group's curriculum; the service refuses a key it does not know.
    session_key = SelectField("Session", choices=[], validate_choice=False)


class CodesForm(FlaskForm):
    count = IntegerField("How many codes", default=1, validators=[NumberRange(1, 100)])
    # One person per code by default; a multi-use code suits a group's first intake evening.
    max_uses = IntegerField("Uses per code", default=1, validators=[NumberRange(1, 500)])
    days = IntegerField("Valid for days", default=14, validators=[NumberRange(1, 90)])


class EmptyForm(FlaskForm):
    """CSRF only: for buttons that post."""


class AssignForm(FlaskForm):
    # Choices are filled per request from the loaded curricula; "" means none.
    curriculum = SelectField("Curriculum", choices=[], validate_choice=False)

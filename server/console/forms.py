from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, IntegerField, StringField
from wtforms.validators import DataRequired, Length, NumberRange


class ScheduleForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=160)])
    starts_at = DateTimeLocalField("Starts (UTC)", validators=[DataRequired()])
    minutes = IntegerField("Minutes", default=90, validators=[NumberRange(15, 240)])


class CodesForm(FlaskForm):
    count = IntegerField("How many codes", default=1, validators=[NumberRange(1, 100)])
    days = IntegerField("Valid for days", default=14, validators=[NumberRange(1, 90)])


class EmptyForm(FlaskForm):
    """CSRF only: for buttons that post."""

from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField
from wtforms.validators import DataRequired, Length


class CodeForm(FlaskForm):
    code = StringField("Invite code", validators=[DataRequired(), Length(max=40)])


class PseudonymForm(FlaskForm):
    pseudonym = StringField("Your name in this group", validators=[DataRequired(), Length(max=60)])


class AgreementForm(FlaskForm):
    accept = BooleanField("I accept the group agreement", validators=[DataRequired()])

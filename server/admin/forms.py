"""Admin forms. Every one carries a CSRF token (Flask-WTF); choices that depend on the
database are filled per request."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    EmailField,
    IntegerField,
    PasswordField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
    TimeField,
)
from wtforms.validators import DataRequired, EqualTo, InputRequired, Length, NumberRange, Optional

from server.models import FacilitatorRole, StaffRole
from server.services.accounts import MIN_PASSWORD_LENGTH
from server.services.groups import LIMITS, MAX_CAPACITY, MIN_CAPACITY
from server.services.staff import MAX_INVITE_DAYS
from server.services.timetable import timezone_names

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
STAFF_ROLES = [
    SelectChoice(StaffRole.FACILITATOR.value, "Facilitator"),
    SelectChoice(StaffRole.ADMIN.value, "Admin"),
]
FACILITATOR_ROLES = [
    SelectChoice(FacilitatorRole.LEAD.value, "Lead"),
    SelectChoice(FacilitatorRole.CO.value, "Co-facilitator"),
]


def _zones() -> list[SelectChoice]:
    return [SelectChoice(name) for name in timezone_names()]


class GroupForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=LIMITS["name"])])
    description = TextAreaField("Description", validators=[Length(max=LIMITS["description"])])
    agreement = TextAreaField(
        "Group agreement", validators=[DataRequired(), Length(max=LIMITS["agreement"])]
    )
    content_notes = TextAreaField("Content notes", validators=[Length(max=LIMITS["content_notes"])])
    capacity = IntegerField(
        "Capacity (members)", default=12, validators=[NumberRange(MIN_CAPACITY, MAX_CAPACITY)]
    )
    # Filled from the loaded curricula: "" for none, else the curriculum's id.
    curriculum = SelectField("Curriculum", choices=[])


# Dates and times use InputRequired, not DataRequired: it keeps the parser's own message
# ("Not a valid time value.") instead of replacing it with "This field is required.".


class WeeklyForm(FlaskForm):
    weekday = SelectField(
        "Day", coerce=int, choices=[SelectChoice(str(i), day) for i, day in enumerate(WEEKDAYS)]
    )
    local_time = TimeField("Local time", validators=[InputRequired()])
    timezone = SelectField("Time zone", default="UTC")
    minutes = IntegerField("Minutes", default=90, validators=[NumberRange(15, 240)])
    title = StringField("Title", validators=[Optional(), Length(max=160)])
    starts_on = DateField("Starting from (blank: this week)", validators=[Optional()])

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.timezone.choices = _zones()


class OneOffForm(FlaskForm):
    day = DateField("Date", validators=[InputRequired()])
    local_time = TimeField("Local time", validators=[InputRequired()])
    timezone = SelectField("Time zone", default="UTC")
    minutes = IntegerField("Minutes", default=90, validators=[NumberRange(15, 240)])
    title = StringField("Title", validators=[Optional(), Length(max=160)])

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.timezone.choices = _zones()


class InviteStaffForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    role = SelectField("Role", choices=STAFF_ROLES, default=StaffRole.FACILITATOR.value)
    days = IntegerField(
        "Link valid for days", default=7, validators=[NumberRange(1, MAX_INVITE_DAYS)]
    )


class AcceptInviteForm(FlaskForm):
    display_name = StringField(
        "Your name (attendees see it)", validators=[DataRequired(), Length(max=80)]
    )
    password = PasswordField(
        "Password",
        validators=[
            DataRequired(),
            Length(
                min=MIN_PASSWORD_LENGTH,
                max=1024,
                message=f"Use a password of at least {MIN_PASSWORD_LENGTH} characters.",
            ),
        ],
    )
    confirm = PasswordField(
        "Password again", validators=[EqualTo("password", message="The passwords differ.")]
    )


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=STAFF_ROLES)


class AssignForm(FlaskForm):
    # Filled with the active staff who do not run the group yet.
    staff = SelectField("Staff member", coerce=int, choices=[])
    role = SelectField("As", choices=FACILITATOR_ROLES, default=FacilitatorRole.LEAD.value)


class AssignmentRoleForm(FlaskForm):
    role = SelectField("Role", choices=FACILITATOR_ROLES)


class RetentionForm(FlaskForm):
    hours = IntegerField("Keep transcripts for (hours)", validators=[NumberRange(0, 24 * 90)])

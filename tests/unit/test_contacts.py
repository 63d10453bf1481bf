import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import Contact
from app.services import auth, contacts, personas
from app.services.errors import ValidationError


def _session(world, key="dipendente"):
    citizen = auth.citizen_by_cf(personas.codice_fiscale_of(personas.persona(key)))
    return auth.open_session(world, citizen, "pin_ordinario")


def test_update_saves_all_fields(world):
    s = _session(world)
    result = contacts.update(world, s, cellulare="3470000000", telefono_fisso="", email="x@posta.sim", pec="")
    assert result.cellulare == "3470000000" and result.email == "x@posta.sim"


def test_one_phone_and_one_email_are_mandatory(world):
    s = _session(world)
    with pytest.raises(ValidationError) as info:
        contacts.update(world, s, cellulare="", telefono_fisso="", email="", pec="")
    assert set(info.value.errors) == {"cellulare", "email"}


def test_needs_a_session(world):
    with pytest.raises(ValidationError):
        contacts.update(world, None, cellulare="3470000000", email="a@b.it")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.fixed_dictionaries({k: st.text(max_size=40) for k in contacts.FIELDS}))
def test_any_input_is_saved_whole_or_refused_in_italian(world, values):
    s = _session(world)
    before = [(c.cellulare, c.telefono_fisso, c.email, c.pec) for c in Contact.select().order_by(Contact.id)]
    try:
        contacts.update(world, s, **values)
    except ValidationError as exc:
        assert all(m.strip() for m in exc.errors.values())
        after = [(c.cellulare, c.telefono_fisso, c.email, c.pec) for c in Contact.select().order_by(Contact.id)]
        assert after == before

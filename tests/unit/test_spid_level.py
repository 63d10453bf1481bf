"""A level-1 SPID identity is not enough for INPS: error 20 (FACTS.md section 6)."""
import pytest

from app.services import personas, spid


def test_level_one_identity_gets_error_20(world):
    creds = personas.persona("dipendente")["credenziali"]["spid"]
    flow = spid.start_login(world, creds["provider"])
    with pytest.raises(spid.SpidError) as info:
        spid.submit_credentials(world, flow, creds["username"], creds["password"])
    assert info.value.code == 20

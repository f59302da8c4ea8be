import dataclasses

import pytest

from services.common.settings import Settings, SettingsError


@dataclasses.dataclass(frozen=True)
class Example(Settings):
    amqp_url: str
    batch_size: int = 5000
    strict: bool = False
    origins: tuple[str, ...] = ()
    timeout_s: float | None = None


def test_variables_lists_every_field_and_whether_required() -> None:
    assert Example.variables() == {
        "AMQP_URL": True,
        "BATCH_SIZE": False,
        "STRICT": False,
        "ORIGINS": False,
        "TIMEOUT_S": False,
    }


def test_parses_types() -> None:
    s = Example.from_env(
        {"AMQP_URL": "amqp://x", "BATCH_SIZE": "10", "STRICT": "yes", "ORIGINS": "a, b,", "TIMEOUT_S": "1.5"}
    )
    assert s == Example("amqp://x", 10, True, ("a", "b"), 1.5)


def test_missing_required_names_the_variable() -> None:
    with pytest.raises(SettingsError, match="AMQP_URL is required"):
        Example.from_env({})


@pytest.mark.parametrize(("name", "raw"), [("BATCH_SIZE", "ten"), ("STRICT", "maybe"), ("TIMEOUT_S", "x")])
def test_malformed_value_names_the_variable(name: str, raw: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Example.from_env({"AMQP_URL": "amqp://x", name: raw})

import dataclasses

import pytest

from services.common.settings import Settings, SettingsError
from services.consumer.settings import ConsumerSettings
from services.publisher.settings import PublisherSettings


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


@pytest.mark.parametrize("cls", [ConsumerSettings, PublisherSettings])
def test_amqp_url_percent_encodes_credentials_and_vhost(
    cls: type[ConsumerSettings | PublisherSettings],
) -> None:
    env = {"AMQP_HOST": "mq", "AMQP_USER": "u@x", "AMQP_PASSWORD": "p/w:d", "AMQP_VHOST": "/"}
    env |= {"INFLUX_URL": "http://i", "INFLUX_TOKEN": "t", "INFLUX_ORG": "o"}
    settings = cls.from_env({k: v for k, v in env.items() if k in cls.variables()})
    assert settings.amqp_url == "amqp://u%40x:p%2Fw%3Ad@mq:5672/%2F"


def test_amqp_hosts_may_each_carry_a_port() -> None:
    """A cluster's nodes on ports of their own (the local 3-node cluster): `host:port` each."""
    env = {
        "AMQP_HOST": "127.0.0.1:5701, mq ,[::1]:5703",
        "AMQP_PORT": "5672",
        "AMQP_USER": "u",
        "AMQP_PASSWORD": "p",
    }
    settings = PublisherSettings.from_env(env)
    assert settings.endpoints == (("127.0.0.1", 5701), ("mq", 5672), ("::1", 5703))
    assert [settings.where(i) for i in range(4)] == [
        "127.0.0.1:5701",
        "mq:5672",
        "::1:5703",
        "127.0.0.1:5701",
    ]
    assert settings.amqp_url == "amqp://u:p@127.0.0.1:5701/%2F"
    for bad in ("mq:x", "mq:0", ":5672", "[::1]x"):
        with pytest.raises(SettingsError, match="AMQP_HOST entry"):
            PublisherSettings.from_env({**env, "AMQP_HOST": bad})

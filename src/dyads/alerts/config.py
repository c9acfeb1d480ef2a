"""Watches: what a user follows, read from YAML (``load_alert_config``), and where digests go.

A *watch* names a dyad (``ARM-RUS``), an actor code (``RUSGOV``, ``IGOWSTNAT``), a speaker
(``Lavrov``), a CAMEO code or root (``13``) or a combination (all must match). The file also
sets how shifts are measured (threshold, window, minimum events), the digest folder and SMTP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["AlertConfig", "SmtpConfig", "Watch", "load_alert_config", "parse_alert_config"]

_CODE = re.compile(r"^[A-Z0-9]{2,15}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_WINDOW = re.compile(r"^(\d+)\s*([dw])$")
_WATCH_KEYS = {"name", "dyad", "directed", "actor", "speaker", "cameo", "threshold", "window"}


@dataclass(frozen=True, slots=True)
class Watch:
    """What one user follows; every criterion given must match."""

    name: str
    dyad: tuple[str, str] | None = None
    directed: bool = False
    actor: str | None = None
    speaker: str | None = None
    cameo: str | None = None
    threshold: float | None = None  # overrides AlertConfig.threshold
    window_days: int | None = None  # overrides AlertConfig.window_days


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    """Where digests are mailed. The password is read from the environment, never the file."""

    host: str
    port: int = 25
    sender: str = "dyads@localhost"
    to: tuple[str, ...] = ()
    starttls: bool = False
    ssl: bool = False
    username: str | None = None
    password_env: str | None = None
    timeout: float = 30.0


@dataclass(frozen=True, slots=True)
class AlertConfig:
    """Watches plus how shifts are measured and where digests go."""

    watches: tuple[Watch, ...]
    threshold: float = 2.0
    window_days: int = 7
    min_events: int = 2
    digest_dir: Path = Path("digests")
    smtp: SmtpConfig | None = None


# configuration --------------------------------------------------------------------------
def _window_days(value: Any, where: str) -> int:
    if isinstance(value, int) and value > 0:
        return value
    found = _WINDOW.match(str(value).strip().lower())
    if not found or int(found.group(1)) == 0:
        raise ValueError(f"{where}: window must be like 7d or 2w, not {value!r}")
    return int(found.group(1)) * (7 if found.group(2) == "w" else 1)


def _code(value: Any, where: str) -> str:
    code = str(value).strip().upper()
    if not _CODE.match(code):
        raise ValueError(f"{where}: {value!r} is not an actor code like RUS, RUSGOV or IGOWSTNAT")
    return code


def _watch(entry: Any, number: int) -> Watch:
    where = f"watch {number}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: expected a mapping with dyad, actor, speaker or cameo")
    unknown = set(entry) - _WATCH_KEYS
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    dyad = None
    if entry.get("dyad") is not None:
        parts = re.split(r"\s*[-–—>/]\s*", str(entry["dyad"]).strip())
        if len(parts) != 2:
            raise ValueError(f"{where}: a dyad is two actor codes like ARM-RUS")
        dyad = (_code(parts[0], where), _code(parts[1], where))
    cameo = None
    if entry.get("cameo") is not None:
        cameo = str(entry["cameo"]).strip()
        cameo = cameo.zfill(2) if cameo.isdigit() and len(cameo) == 1 else cameo
        if not _CAMEO.match(cameo):
            raise ValueError(f"{where}: cameo must be a CAMEO code or root like 13 or 112")
    actor = _code(entry["actor"], where) if entry.get("actor") is not None else None
    speaker = str(entry["speaker"]).strip() if entry.get("speaker") else None
    if not (dyad or actor or speaker or cameo):
        raise ValueError(f"{where}: give at least one of dyad, actor, speaker, cameo")
    default_name = "-".join(dyad) if dyad else actor or speaker or f"CAMEO {cameo}"
    return Watch(
        name=str(entry.get("name") or default_name),
        dyad=dyad,
        directed=bool(entry.get("directed", False)),
        actor=actor,
        speaker=speaker,
        cameo=cameo,
        threshold=float(entry["threshold"]) if entry.get("threshold") is not None else None,
        window_days=_window_days(entry["window"], where) if entry.get("window") else None,
    )


def _smtp(entry: Any) -> SmtpConfig:
    if not isinstance(entry, dict) or not entry.get("host"):
        raise ValueError("smtp: give at least host (and to, a list of addresses)")
    if "password" in entry:
        raise ValueError("smtp: put the password in an environment variable (password_env)")
    to = entry.get("to") or []
    return SmtpConfig(
        host=str(entry["host"]),
        port=int(entry.get("port", 25)),
        sender=str(entry.get("from", "dyads@localhost")),
        to=tuple(str(a) for a in ([to] if isinstance(to, str) else to)),
        starttls=bool(entry.get("starttls", False)),
        ssl=bool(entry.get("ssl", False)),
        username=entry.get("username"),
        password_env=entry.get("password_env"),
        timeout=float(entry.get("timeout", 30.0)),
    )


def parse_alert_config(data: Any, *, base: Path = Path()) -> AlertConfig:
    """An ``AlertConfig`` from parsed YAML; ``ValueError`` saying what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("watches"), list):
        raise ValueError("the alert config needs a 'watches' list")
    watches = tuple(_watch(entry, n) for n, entry in enumerate(data["watches"], start=1))
    names = [w.name for w in watches]
    if len(set(names)) != len(names):
        raise ValueError("two watches have the same name; give them distinct names")
    folder = Path(data.get("digest_dir", "digests"))
    return AlertConfig(
        watches=watches,
        threshold=float(data.get("threshold", 2.0)),
        window_days=_window_days(data.get("window", 7), "window"),
        min_events=int(data.get("min_events", 2)),
        digest_dir=folder if folder.is_absolute() else base / folder,
        smtp=_smtp(data["smtp"]) if data.get("smtp") else None,
    )


def load_alert_config(path: Path) -> AlertConfig:
    """Read watches from a YAML file; a relative ``digest_dir`` is relative to the file.
    ValueError with one plain line when the file is missing, unreadable or not valid."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path} is not valid YAML ({exc})") from exc
    except FileNotFoundError:
        raise ValueError(f"no such watches file: {path}") from None
    except OSError as exc:
        raise ValueError(f"cannot read the watches file {path}: {exc.strerror}") from None
    try:
        return parse_alert_config(data, base=path.parent)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc

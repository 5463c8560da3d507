"""Bounds on what reading one file a user gave may cost: zip members'
unpacked size and ratio (a 1 MB zip can unpack to gigabytes), JSON numbers'
length and nesting. Past a bound the file is refused with one line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import IO, Any

from kamdesk.errors import UserError


def why(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 120 else text[:120] + "…"


def check_zip_size(
    source: Path | IO[bytes],
    max_unpacked: int,
    max_ratio: int,
    *,
    name: str | None = None,
    max_members: int = 10_000,
) -> None:
    """Refuse a zip whose members would unpack to more than ``max_unpacked``
    bytes or more than ``max_ratio`` times their packed size (a zip bomb),
    from the sizes in its directory, before anything is unpacked. The sizes
    bind: zipfile stops reading a member at its declared size."""
    label = name or (source.name if isinstance(source, Path) else "the file")
    try:
        with zipfile.ZipFile(source) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise UserError(f"{label}: not a zip file, or damaged or truncated ({why(exc)})") from None
    if len(infos) > max_members:
        raise UserError(f"{label}: {len(infos):,} members in the zip; at most {max_members:,}")
    total = 0
    for info in infos:
        total += info.file_size
        if total > max_unpacked:
            raise UserError(
                f"{label}: would unpack to more than {max_unpacked >> 20} MB; refused (a zip bomb?)"
            )
        if info.file_size > 1024 * 1024 and info.file_size > max_ratio * max(info.compress_size, 1):
            raise UserError(
                f"{label}: {info.filename} would unpack {info.file_size // max(info.compress_size, 1):,} times "
                f"its size (at most {max_ratio}×); refused (a zip bomb?)"
            )


#: Longest number a JSON value may spell out: beyond it, int() and float()
#: cost time (and 4,300 digits raise) for no value a database can hold.
MAX_NUMBER_CHARS = 40


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _BadNumber(text)
    return int(text)


def _bounded_float(text: str) -> float:
    value = float(text) if len(text) <= MAX_NUMBER_CHARS else float("inf")
    if value in (float("inf"), float("-inf")):
        raise _BadNumber(text)
    return value


def _no_constant(text: str) -> Any:
    raise _BadNumber(text)


class _BadNumber(ValueError):
    pass


def load_json(text: str, name: str) -> Any:
    """Parse JSON from a file the user gave: NaN, Infinity, numbers of more
    than 40 characters and nesting deeper than Python's recursion limit are
    refused with one line (they would crash later or cost minutes)."""
    try:
        return json.loads(
            text, parse_int=_bounded_int, parse_float=_bounded_float, parse_constant=_no_constant
        )
    except _BadNumber as exc:
        shown = str(exc) if len(str(exc)) <= 24 else str(exc)[:24] + f"… ({len(str(exc))} characters)"
        raise UserError(
            f"{name}: the number {shown} is out of range (finite numbers of at most {MAX_NUMBER_CHARS} characters)"
        ) from None
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{name}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise UserError(f"{name}: the JSON is nested too deeply to be a KAMdesk file") from None

"""Custom fields (自定义字段) the user defines for accounts or contacts:
text, number, date or choice. Values are stored as canonical text (ISO date,
plain decimal, the choice itself) and checked by kind on every save."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, func, select

from kamdesk.domain.periods import CustomFieldKind
from kamdesk.errors import UserError, ValidationError
from kamdesk.services import fieldcheck
from kamdesk.services.changes import Changes, Result
from kamdesk.store.db import Database
from kamdesk.store.models import CustomField, CustomValue

ENTITIES = ("account", "contact")


@dataclass(frozen=True)
class CustomFieldRow:
    uuid: str
    entity: str
    name: str
    kind: CustomFieldKind
    choices: tuple[str, ...]
    position: int
    required: bool

    @property
    def column_key(self) -> str:
        """The key of this field's column in lists and exports."""
        return f"custom:{self.uuid}"


@dataclass(frozen=True)
class CustomFieldInput:
    name: str
    kind: CustomFieldKind | str
    entity: str = "account"
    choices: tuple[str, ...] = field(default_factory=tuple)
    required: bool = False
    position: int | None = None  # None: after the others
    uuid: str | None = None  # None: a new field


def canonical_value(kind: CustomFieldKind, choices: tuple[str, ...], value: object) -> str | None:
    """The stored text of ``value`` for a field of ``kind``; ValueError with a
    clear message when it does not fit."""
    if value is None:
        return None
    raw = str(value).strip() if not isinstance(value, (Decimal, int, float)) else value
    if raw == "":
        return None
    if kind is CustomFieldKind.TEXT:
        text = str(raw)
        if len(text) > 2000:
            raise ValueError("too long (at most 2000 characters)")
        return text
    if kind is CustomFieldKind.NUMBER:
        try:
            num = Decimal(str(raw).replace(",", ""))
        except InvalidOperation:
            raise ValueError(f"not a number: {raw!r}") from None
        if not num.is_finite():
            raise ValueError(f"not a number: {raw!r}")
        return format(num.normalize(), "f") if num != num.to_integral_value() else str(int(num))
    if kind is CustomFieldKind.DATE:
        try:
            return fieldcheck.parse_date(raw).isoformat()
        except ValueError:
            raise ValueError(f"not a date: {raw!r} (expected YYYY-MM-DD)") from None
    text = str(raw)
    if text not in choices:
        raise ValueError(f"not one of the choices: {text!r} (expected {', '.join(choices)})")
    return text


def _row(f: CustomField) -> CustomFieldRow:
    choices: tuple[str, ...] = tuple(json.loads(f.choices)) if f.choices else ()
    return CustomFieldRow(f.uuid, f.entity, f.name, f.kind, choices, f.position, f.required)


def list_fields(db: Database, entity: str = "account") -> list[CustomFieldRow]:
    with db.reading() as s:
        rows = s.scalars(
            select(CustomField)
            .where(CustomField.entity == entity)
            .order_by(CustomField.position, CustomField.id)
        )
        return [_row(f) for f in rows]


def save_field(db: Database, data: CustomFieldInput) -> Result[str]:
    """Define a field or edit one. Changing the kind or the choices is refused
    while stored values would no longer fit."""
    errors: fieldcheck.Errors = {}
    name = fieldcheck.text(errors, "name", data.name, max_len=80, required=True)
    kind = fieldcheck.code(errors, "kind", data.kind, CustomFieldKind)
    if data.entity not in ENTITIES:
        errors["entity"] = f"unknown record kind {data.entity!r}; expected account or contact"
    choices = tuple(dict.fromkeys(c.strip() for c in data.choices if c and c.strip()))
    if kind is CustomFieldKind.CHOICE and not choices:
        errors["choices"] = "a choice field needs at least one choice"
    if errors:
        raise ValidationError(errors)
    assert name is not None and kind is not None
    with db.transaction() as s:
        same = s.scalar(
            select(CustomField.uuid).where(CustomField.entity == data.entity, CustomField.name == name)
        )
        if same is not None and same != data.uuid:
            raise ValidationError({"name": f"a field named {name!r} already exists"})
        if data.uuid is None:
            pos = data.position
            if pos is None:
                pos = (
                    s.scalar(select(func.max(CustomField.position)).where(CustomField.entity == data.entity))
                    or 0
                ) + 1
            f = CustomField(entity=data.entity, name=name, kind=kind, position=pos, required=data.required)
            s.add(f)
        else:
            found = s.scalar(select(CustomField).where(CustomField.uuid == data.uuid))
            if found is None:
                raise UserError("that custom field no longer exists")
            f = found
            if f.entity != data.entity:
                raise ValidationError({"entity": "a field cannot move between accounts and contacts"})
            if f.kind is not kind or (kind is CustomFieldKind.CHOICE and tuple(choices) != _row(f).choices):
                values = s.scalars(
                    select(CustomValue.value).where(
                        CustomValue.field_id == f.id, CustomValue.value.is_not(None)
                    )
                ).all()
                bad = 0
                for v in values:
                    try:
                        canonical_value(kind, choices, v)
                    except ValueError:
                        bad += 1
                if bad:
                    raise ValidationError(
                        {"kind": f"{bad} stored values do not fit the new kind or choices; change them first"}
                    )
            f.name = name
            f.kind = kind
            f.required = data.required
            if data.position is not None:
                f.position = data.position
        f.choices = json.dumps(list(choices), ensure_ascii=False) if kind is CustomFieldKind.CHOICE else None
        s.flush()
        return Result(f.uuid, Changes.of("custom_field", uuids=(f.uuid,)))


def delete_field(db: Database, uuid: str) -> Result[int]:
    """Delete a field and every value stored in it; returns how many values went."""
    with db.transaction() as s:
        f = s.scalar(select(CustomField).where(CustomField.uuid == uuid))
        if f is None:
            raise UserError("that custom field no longer exists")
        gone = s.scalar(select(func.count()).where(CustomValue.field_id == f.id)) or 0
        s.execute(delete(CustomValue).where(CustomValue.field_id == f.id))
        s.delete(f)
        return Result(int(gone or 0), Changes.of("custom_field", "account", "contact", uuids=(uuid,)))

"""Deliveries to the citizen's world: SMS, e-mail, PEC, letters, app notifications, calls.

A message exists from `created_at` but reaches the citizen at `deliver_at`
(simulated time): a letter posted today arrives about 14 days later. The docks
show only delivered messages, with unread counts.
"""
from __future__ import annotations

import datetime as dt
import json

from app.models import Citizen, Document, Message

SENDER_INPS_SMS = "InpsInforma"  # seed 004: "un messaggio da parte di InpsInforma"
SENDER_INPS_MAIL = "InpsInforma <noreply@inps.sim>"
SENDER_INPS_PEC = "INPS <comunicazioni@postacert.inps.sim>"
SENDER_INPS_POST = "INPS - Istituto Nazionale della Previdenza Sociale"
LETTER_DAYS = 14

PHONE_CHANNELS = ("sms", "app", "call")
MAIL_CHANNELS = ("email", "pec")
POST_CHANNELS = ("letter",)


def send(
    world,
    citizen: Citizen,
    channel: str,
    *,
    sender: str,
    body: str,
    subject: str = "",
    address: str = "",
    delay: dt.timedelta = dt.timedelta(0),
    document: Document | None = None,
    meta: dict | None = None,
) -> Message:
    now = world.clock.now()
    message = Message.create(
        citizen=citizen,
        channel=channel,
        sender=sender,
        address=address,
        subject=subject,
        body=body,
        created_at=now,
        deliver_at=now + delay,
        document=document,
        meta_json=json.dumps(meta or {}, ensure_ascii=False),
    )
    world.events.record(
        "message.sent", citizen, channel=channel, message=message.id, deliver_at=message.deliver_at
    )
    return message


def store_document(world, citizen: Citizen | None, kind: str, title: str, pdf: bytes | None,
                   year: int | None = None, month: int | None = None, meta: dict | None = None) -> Document:
    return Document.create(
        citizen=citizen, kind=kind, title=title, pdf=pdf, year=year, month=month,
        created_at=world.clock.now(), meta_json=json.dumps(meta or {}, ensure_ascii=False),
    )


def delivered(world, citizen: Citizen, channels: tuple[str, ...]) -> list[Message]:
    """Messages that have reached the citizen, newest first."""
    return list(
        Message.select()
        .where(
            (Message.citizen == citizen)
            & (Message.channel.in_(channels))
            & (Message.deliver_at <= world.clock.now())
        )
        .order_by(Message.deliver_at.desc(), Message.id.desc())
    )


def unread_count(world, citizen: Citizen, channels: tuple[str, ...]) -> int:
    return (
        Message.select()
        .where(
            (Message.citizen == citizen)
            & (Message.channel.in_(channels))
            & (Message.deliver_at <= world.clock.now())
            & (Message.read == False)  # noqa: E712 (peewee expression)
        )
        .count()
    )


def in_transit(world, citizen: Citizen, channels: tuple[str, ...]) -> list[Message]:
    """Messages sent but not yet delivered (e.g. a letter on its way)."""
    return list(
        Message.select()
        .where(
            (Message.citizen == citizen)
            & (Message.channel.in_(channels))
            & (Message.deliver_at > world.clock.now())
        )
        .order_by(Message.deliver_at)
    )


def mark_read(world, message_id: int) -> Message:
    message = Message.get_by_id(message_id)
    if not message.read:
        message.read = True
        message.save()
        world.events.record("message.read", message.citizen, channel=message.channel, message=message.id)
    return message


def get(message_id: int) -> Message | None:
    return Message.get_or_none(Message.id == message_id)


def meta(message: Message) -> dict:
    try:
        return json.loads(message.meta_json or "{}")
    except ValueError:
        return {}

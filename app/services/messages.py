"""Deliveries to the citizen's world: SMS, e-mail, PEC, letters, app notifications, calls.

A message exists from `created_at` but reaches the citizen at `deliver_at`
(simulated time): a letter posted today arrives about 14 days later. The docks
show only delivered messages, with unread counts.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import peewee as pw

from app.i18n import _t
from app.models import Citizen, Document, Message

from .errors import ServiceError

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


# -- read models for the citizen's world (phone, mailboxes, letterbox) -------------------
# The docks get plain values, never peewee rows: they may keep them across refreshes
# and they never trigger a query by touching an attribute.

CHANNEL_LABELS = {
    "sms": "SMS",
    "app": "Notifica",
    "call": "Telefonata",
    "email": "E-mail",
    "pec": "PEC",
    "letter": "Lettera",
}


@dataclass(frozen=True)
class MessageView:
    id: int
    channel: str
    sender: str
    address: str
    subject: str
    body: str
    sent_at: dt.datetime
    delivered_at: dt.datetime
    read: bool
    document_id: int | None
    document_title: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def has_document(self) -> bool:
        return self.document_id is not None

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel)

    @property
    def actions(self) -> tuple[str, ...]:
        """Buttons an app notification offers (meta "actions"), unless already answered."""
        if self.meta.get("answer"):
            return ()
        return tuple(str(a) for a in self.meta.get("actions", ()) if str(a).strip())

    @property
    def action_key(self) -> str:
        """The key under which the phone looks up the handler of the actions."""
        return str(self.meta.get("service") or self.meta.get("kind") or "")


def _view(message: Message) -> MessageView:
    document = message.document
    return MessageView(
        id=message.id,
        channel=message.channel,
        sender=message.sender,
        address=message.address,
        subject=message.subject,
        body=message.body,
        sent_at=message.created_at,
        delivered_at=message.deliver_at,
        read=bool(message.read),
        document_id=document.id if document is not None else None,
        document_title=document.title if document is not None else "",
        meta=meta(message),
    )


def _with_documents(query):
    # Only the document's id and title: the PDF bytes are read when a letter is opened.
    return query.select(Message, Document.id, Document.title).join(
        Document, pw.JOIN.LEFT_OUTER, on=(Message.document == Document.id))


def inbox(world, citizen_id: int | None, channels: tuple[str, ...]) -> list[MessageView]:
    """What has reached the citizen on these channels, newest first (for the docks)."""
    if citizen_id is None:
        return []
    query = _with_documents(Message.select()).where(
        (Message.citizen == citizen_id)
        & (Message.channel.in_(channels))
        & (Message.deliver_at <= world.clock.now())
    ).order_by(Message.deliver_at.desc(), Message.id.desc())
    return [_view(m) for m in query]


def unread(world, citizen_id: int | None, channels: tuple[str, ...]) -> int:
    """Unread delivered messages of the citizen on these channels (the docks' badges)."""
    if citizen_id is None:
        return 0
    return unread_count(world, citizen_id, channels)


def on_the_way(world, citizen_id: int | None, channels: tuple[str, ...]) -> list[MessageView]:
    """Messages sent but not yet arrived, the soonest first (a letter in the post)."""
    if citizen_id is None:
        return []
    query = _with_documents(Message.select()).where(
        (Message.citizen == citizen_id)
        & (Message.channel.in_(channels))
        & (Message.deliver_at > world.clock.now())
    ).order_by(Message.deliver_at, Message.id)
    return [_view(m) for m in query]


def open_message(world, message_id: int) -> MessageView:
    """The citizen opens a delivered message: it becomes read. A message still on its way
    cannot be opened (ServiceError)."""
    message = get(message_id)
    if message is None:
        raise ServiceError(_t("Questo messaggio non esiste più: la simulazione è stata ricominciata?"))
    if message.deliver_at > world.clock.now():
        raise ServiceError(
            _t("Questo messaggio non è ancora arrivato: arriverà il {deliver_at:%d/%m/%Y}. "
            "Faccia avanzare l'orologio.", deliver_at=message.deliver_at)
        )
    mark_read(world, message.id)
    return _view(Message.get_by_id(message.id))


def document_pdf(document_id: int) -> bytes | None:
    """The bytes of a stored document (a letter's PDF), or None if it has none."""
    document = Document.get_or_none(Document.id == document_id)
    if document is None or document.pdf is None:
        return None
    return bytes(document.pdf)


def arrivals(world, citizen_id: int | None, after: dt.datetime, until: dt.datetime) -> dict[str, int]:
    """How many messages reached the citizen in (after, until], by channel: what the
    learner finds after moving the clock ("1 lettera, 2 SMS")."""
    if citizen_id is None:
        return {}
    query = (
        Message.select(Message.channel, pw.fn.COUNT(Message.id).alias("n"))
        .where((Message.citizen == citizen_id) & (Message.deliver_at > after) & (Message.deliver_at <= until))
        .group_by(Message.channel)
    )
    return {row.channel: row.n for row in query}

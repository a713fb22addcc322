"""Outside text made safe for a Slack message: the one place every Slack path escapes and masks.

Outside text is anything we did not write: PDF text (vendor names, invoice numbers, file names),
CRM fields, ERP messages, and chat answers built from them. In a Slack message such text could
become live formatting: `<!channel>` broadcasts, `<@U…>` mentions someone, `<https://a|b>` shows
one address and points at another. `escape` makes all of that literal (Slack's own three entities),
and breaks up a bare `@channel` / `@here` / `@everyone` with an invisible word joiner, in case a
surface parses those too. Our own mentions of approvers are added around escaped text, never in it.

`mask` shows an account number or tax id the way the policy's findings show an IBAN (all but the
last four characters hidden); `mask_ibans` masks every valid IBAN inside free text (a chat answer).
"""

from __future__ import annotations

import re

from countersign.extraction.values import iban_checksum_ok
from countersign.policies.rules._common import mask_iban

_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_WORD_JOINER = "\u2060"
_IBAN_START = re.compile(r"\b[A-Z]{2}\d{2}", re.IGNORECASE)


def escape(text: object) -> str:
    """`text` as literal Slack mrkdwn: no mention, broadcast, channel link or disguised link."""
    out = "" if text is None else str(text)
    out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda m: "@" + _WORD_JOINER + m.group(1), out)


def mask(value: str | None) -> str | None:
    """An account number or tax id with all but its last four characters hidden (spaces dropped)."""
    if value is None:
        return None
    compact = "".join(str(value).split())
    return mask_iban(compact) if compact else compact


def mask_ibans(text: str) -> str:
    """Free text with every IBAN that passes its checksum masked (printed compact or in groups
    with single spaces); anything else left as it is."""
    out, done = [], 0
    for start in _IBAN_START.finditer(text):
        if start.start() < done:
            continue
        end = _iban_end(text, start.start())
        if end:
            out += [text[done:start.start()], mask_iban(text[start.start():end].replace(" ", "").upper())]
            done = end
    return "".join(out) + text[done:]


def _iban_end(text: str, start: int) -> int:
    """Where the longest valid IBAN starting at `start` ends (0: none starts there)."""
    ends, i = [], start
    while i < len(text) and len(ends) < 34:
        if text[i].isascii() and text[i].isalnum():
            ends.append(i + 1)
        elif not (text[i] == " " and ends and i + 1 < len(text) and text[i + 1].isalnum()):
            break
        i += 1
    for n in range(len(ends), 14, -1):
        if iban_checksum_ok(text[start:ends[n - 1]].replace(" ", "").upper()):
            return ends[n - 1]
    return 0


def outside(text: object) -> str:
    """Free outside text for Slack (a chat answer, a report): IBANs masked, then escaped."""
    return escape(mask_ibans("" if text is None else str(text)))

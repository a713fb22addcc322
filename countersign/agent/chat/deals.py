"""Which won deal a person means when they name it rather than number it.

"The Blue Harbor fit-out", "Casey Kim's latest deal", "the Duluth customer's deal", "the deal on
customer PO BH-PO-7781", "the deal on account ACC-003", "the deal for 25 cordless drills", "the
meridian.example customer's October deal": by its name or customer, its owner or date, the customer's
town, the customer's own PO reference, account id or e-mail domain; of several, the one selling what was
named, in the quantity said, closed in the month said. Pure over the CRM's records, which the deal_status tool reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from countersign.agent.chat.descriptions import LACKS, LINES, PAID, PERIOD, PRICED, RELATION, WEEKDAY
from countersign.agent.chat.feasts import named_on
from countersign.agent.chat.goods import concepts
from countersign.agent.chat.initials import said_initials
from countersign.agent.chat.numbers import spelled_out
from countersign.agent.chat.periods import near_period
from countersign.agent.chat.places import in_named_place
from countersign.agent.chat.ranks import RANK, extreme, pick
from countersign.agent.chat.resolve import (
    best_by_name,
    compact,
    month_days,
    months_named,
    most_shared,
    nearest,
    parse_amount,
    parse_day,
    plain_name,
    related,
    shared_words,
)
from countersign.agent.chat.shapes import ASIDE_DASH
from countersign.agent.chat.understand import MAX_WORDS, detect_language, figures, fold, references
from countersign.domain import Opportunity, Payment, SalesInvoice


def find_deals(deal: str, won: Sequence[Opportunity], owner_name: Callable[[Opportunity], str | None],
               list_prices: Callable[[Opportunity], dict[str, Decimal]] | None = None) -> list[Opportunity]:
    """The won deals `deal` names, best narrowed (several when it names no one of them); `list_prices`, the price
    book of a deal's currency, for "the deal sold at full list price"."""
    deal = _DEAL_HEAD.sub(_unlinked, deal)  # "de inrichtingsdeal": the fit-out deal
    if (m := PRICED.search(deal)) and list_prices is not None:  # at the price book's prices, or below them
        rest = PRICED.sub(" ", deal)  # "the paper deal": of the deals named so or selling it
        pool = [o for o in won if shared_words(rest, f"{o.name} {o.account_name} {_products(o)}", shortest=4)]
        return [o for o in pool or won if _at_list(o, list_prices(o)) == (m.group(1) == "list")]
    if (described := _described(deal, won, owner_name)) is not None:
        return described
    if (amount := _amount(deal)) is not None and (priced := [o for o in won if o.total == amount]):
        return priced  # "the 4,800-dollar deal"
    close = (_by_reference(deal, won) or _by_id_start(deal, won) or _by_owner(deal, won, owner_name)
             or _by_lines(deal, won) or best_by_name(deal, won, lambda o: f"{o.name} {o.account_name}")
             or _by_initials(deal, won))
    close = close or _by_circumstance(deal, won, owner_name)
    if len(close) > 1 and (theirs := [o for o in close if shared_words(deal, o.account_name or "", shortest=4)]):
        close = theirs  # "Meridian's paper order": Meridian's, not another customer's deal named "paper restock"
    if len(close) > 1:  # "the Meridian paper deal": of the customer's deals, the one selling paper
        close = most_shared(deal, close, _products, shortest=4)[1]
    if len(close) > 1:  # "der Ladenausbau-Auftrag für Blue Harbor": by the deal's own name, not its customer's
        theirs = {w for o in close for w in (o.account_name or "").casefold().split()}  # ("Blue Harbor Retail")
        own = " ".join(w for w in deal.split() if w.casefold() not in theirs)
        close = most_shared(own, close, lambda o: o.name.replace("-", ""), shortest=4)[1]  # "fit-out" is "fitout"
    if len(close) > 1 and (counts := _counts(deal)):  # "the deal for 25 cordless drills"
        close = [o for o in close if counts & {line.quantity for line in o.lines}] or close
    if len(close) > 1:  # "Meridian's October deal", "the Meridian deal that closed 11/15"
        close = _by_details(deal, close, lambda o: None, lambda o: o.close_date) or close
    if len(close) > 1 and amount is not None and (unit := [o for o in close if amount in _unit_prices(o)]):
        close = unit  # "the Blue Harbor deal at 179.55 a drill": the price of one of its lines
    if len(close) > 1 and amount is not None:  # "the ~6k Blue Harbor deal": a rounded figure
        close = nearest(amount, close, lambda o: o.total) or close
    if len(close) > 1:  # "les perceuses de rechange": named "spare drills", not "tools" (a kind of them)
        theirs = {w for o in close for w in (o.account_name or "").casefold().split()}
        own = " ".join(w for w in deal.split() if w.casefold() not in theirs)
        close = most_shared(own, close, lambda o: o.name.replace("-", ""), shortest=4, kinds=False)[1]
    return close


# a compound whose head is the deal's noun ("inrichtingsdeal", "Papierdeal", "Ladenausbau-Auftrag"): its first part
# names the deal, a Dutch or German linking "s" dropped where the word without it names goods ("inrichting(s)")
_DEAL_HEAD = re.compile(r"\b(\w{4,}?)(s?)-?(deal|auftrag|geschäft|opdracht)\b", re.I)


def _unlinked(m: re.Match[str]) -> str:
    first, link, head = m.groups()
    keep = link and not concepts(first)
    return f"{first}{link if keep else ''} {head}"


def _by_circumstance(deal: str, won: Sequence[Opportunity],
                     owner_name: Callable[[Opportunity], str | None]) -> list[Opportunity]:
    """The deals `deal` names by something other than their name: "Casey Kim's latest deal", "the deal that closed on
    15 November", "the Duluth customer's deal" (the customer's town), "the deal we closed on Election Day", "the
    meridian.example customer's deal" (the domain of the customer's billing e-mail), "deal 3004" (its id's end)."""
    return (_by_details(deal, won, owner_name, lambda o: o.close_date)
            or in_named_place(deal, won, lambda o: o.billing_address)
            or [o for o in won if named_on(deal, o.close_date)]
            or [o for o in won if (domain := _domain(o.billing_email)) and domain in deal.casefold().split()]
            or ([o for o in won if re.search(rf"(?<!\d){deal.strip()}$", o.id)] if deal.strip().isdigit() else []))


def _described(deal: str, won: Sequence[Opportunity],
               owner_name: Callable[[Opportunity], str | None]) -> list[Opportunity] | None:
    """The deals a description picks among those the rest of the reference names: "our only two-line deal",
    "the deal the customer has already paid for", "our biggest deal", "Casey's newest deal", "the deal
    with the most units", "the deal that closed on a Saturday"; None when `deal` describes nothing."""
    if m := RELATION.search(deal):  # "the deal that closed the day after the Northshore one"
        return related(won, int(m.group(1)), m.group(2), won, lambda o: f"{o.name} {o.account_name}",
                       lambda o: o.close_date)
    if LACKS.search(deal):  # "the Blue Harbor deal that's still missing their PO number": no customer PO on it
        return [o for o in _among_rest(LACKS.sub(" ", deal), won, owner_name) if not o.po_reference]
    if m := LINES.search(deal):
        pool = _among_rest(LINES.sub(" ", deal), won, owner_name)
        return [o for o in pool if len(o.lines) == int(m.group(1))]
    if "state:paid" in deal:
        pool = _among_rest(deal.replace("state:paid", " "), won, owner_name)
        return [o for o in pool if (o.payment_status or "").casefold() == "paid"]
    if m := RANK.search(deal):
        rest = RANK.sub(" ", deal)
        pool, direction = _among_rest(rest, won, owner_name), m.group(1)
        if len(pool) == 1 and len(kin := _selling_alike(rest, pool[0], won)) > 1:
            pool = kin  # "Blue Harbor's biggest drill order": of its deals selling drills, not the one named "drills"
        keys: dict[str, Callable[[Opportunity], Decimal | date | None]] = {
            "total": lambda o: o.total, "units": lambda o: sum((line.quantity for line in o.lines), Decimal(0)),
            "unit": lambda o: extreme((line.unit_price for line in o.lines), direction)}
        return pick(pool, direction, keys.get(m.group(2), lambda o: o.close_date), int(m.group(3) or 1))
    if m := PERIOD.search(deal):  # "the deal that closed in the first week of October"
        pool = _among_rest(PERIOD.sub(" ", deal), won, owner_name)
        return near_period(pool, m, lambda o: o.close_date)
    if m := WEEKDAY.search(deal):
        pool = _among_rest(WEEKDAY.sub(" ", deal), won, owner_name)
        return [o for o in pool if o.close_date is not None and o.close_date.weekday() == int(m.group(2))]
    return None


def _selling_alike(rest: str, found: Opportunity, won: Sequence[Opportunity]) -> list[Opportunity]:
    """The deals of `found`'s customer that sell the goods `rest` names, besides the customer's own name: the set
    a superlative ranks when the name alone picked one of them."""
    theirs = {w for w in (found.account_name or "").casefold().split()}
    goods = [w for w in rest.split() if w.casefold().removesuffix("'s") not in theirs]
    if any(shared_words(w, found.name, shortest=4) and not shared_words(w, _products(found), shortest=4)
           for w in goods):
        return [found]  # "Harbor's biggest spare drills order": its own name's words, beyond the goods, pick it
    return [o for o in won if o.account_name == found.account_name
            and shared_words(" ".join(goods), _products(o), shortest=4)]


def _by_initials(deal: str, won: Sequence[Opportunity]) -> list[Opportunity]:
    """The deals of the customer `deal` names by its initials ("BHR's fit-out deal": Blue Harbor Retail's), of several
    those whose name or goods share the most of its words."""
    theirs = [o for o in won if o.account_name and said_initials(deal, o.account_name)]
    return most_shared(deal, theirs, lambda o: f"{o.name} {_products(o)}")[1] if len(theirs) > 1 else theirs


def _by_reference(deal: str, won: Sequence[Opportunity]) -> list[Opportunity]:
    """The deals whose customer PO reference ("BH-PO-7781"), invoice number in the CRM or customer's account id
    ("the deal on account ACC-003") `deal` quotes."""
    said = {compact(w) for w in deal.split()}
    return [o for o in won if any(ref and compact(ref) in said
                                  for ref in (o.po_reference, o.invoice_number, o.account_id))]


def _by_id_start(deal: str, won: Sequence[Opportunity]) -> list[Opportunity]:
    """The deals whose CRM id starts with an id half remembered: "OPP-299-something" (OPP-2991); its letters and
    three digits at least."""
    if not re.fullmatch(r"[A-Z]{2,6}-?\d{3,}", deal.strip(), re.I):
        return []
    return [o for o in won if compact(o.id).startswith(compact(deal))]


def _products(opp: Opportunity) -> str:
    return " ".join(line.product for line in opp.lines)


def _unit_prices(opp: Opportunity) -> set[Decimal]:
    return {line.unit_price for line in opp.lines}


def _at_list(opp: Opportunity, book: dict[str, Decimal]) -> bool:
    """Whether every line of a deal the price book lists is sold at its list price or above."""
    listed = [line for line in opp.lines if line.product in book]
    return bool(listed) and all(line.unit_price >= book[line.product] for line in listed)


def _by_owner(deal: str, won: Sequence[Opportunity],
              owner_name: Callable[[Opportunity], str | None]) -> list[Opportunity]:
    """The deals of the owner whose full name `deal` says ("Casey Kim's biggest deal"): before the words of deals'
    names, which an asker's own words may share ("before the renewal call")."""
    said = f" {_words(deal)} "
    return [o for o in won if (name := owner_name(o)) and len(name.split()) > 1 and f" {_words(name)} " in said]


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def invoiced_as(deal: str, invoices: Sequence[SalesInvoice], payments: Sequence[Payment] = ()) -> set[str]:
    """The ids of the deals whose ERP invoice `deal` quotes, by its number or the ERP's own id ("the deal
    behind INVC-0001"), or by a payment that settled it ("the deal PAY-0001 settled")."""
    said = {compact(w) for w in deal.split()}
    paid = {p.invoice_id for p in payments if compact(p.id) in said}
    return {i.opportunity_id for i in invoices if i.opportunity_id
            and ({compact(i.doc_number), compact(i.id)} & said or i.id in paid)}


def _by_lines(deal: str, won: Sequence[Opportunity]) -> list[Opportunity]:
    """The deals selling what `deal` names in the quantity it says ("25 cordless drills", "25 Akkubohrer"),
    when only one does."""
    counts = _counts(deal)
    found = [o for o in won if counts and any(line.quantity in counts and shared_words(deal, line.product, 4)
                                              for line in o.lines)]
    return found if len(found) == 1 else []


def _domain(email: str | None) -> str | None:
    return email.rsplit("@", 1)[1].casefold() if email and "@" in email else None


def _counts(deal: str) -> set[Decimal]:
    """Whole numbers said ("25 cordless drills"): quantities a deal's lines may have."""
    return {value for w in deal.split() if w.isdigit() and (value := parse_amount(w)) is not None}


def _among_rest(rest: str, won: Sequence[Opportunity],
                owner_name: Callable[[Opportunity], str | None]) -> list[Opportunity]:
    """The deals the rest of a reference names besides its superlative or weekday; all when it names none."""
    rest = rest.strip()
    return (find_deals(rest, won, owner_name) if rest else []) or list(won)


def _amount(deal: str) -> Decimal | None:
    """An amount said with cents or thousands ("4,800", "4800.00"): what a deal is worth, no count."""
    return next((value for w in deal.split() if _MONEY.fullmatch(w)
                 and (value := parse_amount(w.lstrip("$€£"))) is not None), None)


_MONEY = re.compile(r"[$€£]?\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{2})?|[$€£]?\d+[.,]\d{2}")


_RECENT = frozenset(("recent", "latest", "newest", "last", "letzte", "letzten", "neueste", "neuesten", "dernier",
                     "derniere", "reciente", "ultimo", "ultima", "laatste", "recentste", "nieuwste"))


def _by_details(ref: str, items: Sequence[Opportunity], person_of: Callable[[Opportunity], str | None],
                day_of: Callable[[Opportunity], date | None]) -> list[Opportunity]:
    """Of `items` (deals), those `ref` names by their person ("Casey Kim's deal"), their date
    ("closed on 15 November", "--11-15") or its month ("Jordan's October deal"); the newest when
    it asks for the latest. Empty when it names none of these, or nothing fits."""
    said = f" {plain_name(ref)} "
    picked, named = list(items), False
    people = [i for i in picked if (p := plain_name(person_of(i))) and f" {p} " in said]
    if not people:
        people = [i for i in picked if (p := plain_name(person_of(i)).split())
                  and len(p[0]) >= 3 and f" {p[0]} " in said]
    if people:
        picked, named = people, True
    days = [d for w in ref.split() if (d := parse_day(w)) is not None]
    pairs = set().union(*(month_days(w) for w in ref.split()))
    if days or pairs:
        picked = [i for i in picked if (d := day_of(i)) is not None and (d in days or (d.month, d.day) in pairs)]
        named = True
    elif months := months_named(ref):
        picked = [i for i in picked if (d := day_of(i)) is not None and d.month in months]
        named = True
    if not named:
        return []
    if len(picked) > 1 and _RECENT & set(said.split()):
        newest = max(d for i in picked if (d := day_of(i)) is not None)
        picked = [i for i in picked if day_of(i) == newest]
    return picked


def deal_reference(t: str, r) -> str:
    """What names a deal in the planner's call, from a question `t` and its references `r`: its id, else a
    reference the customer quoted ("BH-PO-7781"), the counts said ("25 cordless drills"), the words and a date
    ("the deal that closed on 15 November")."""
    parts = ASIDE_DASH.split(t)  # not a situation's count before the ask ("my meter runs out in five minutes — ...")
    asked = t if len(parts) == 1 or any(_SALE.search(part) for part in parts[:-1]) else parts[-1]
    said = spelled_out(asked, detect_language(t))  # "cinq perceuses", "the five-drill add-on": counts in words
    counts = [w for w in figures(said) if w.isdigit() and f"lines:{w}" not in r.words]
    worth = f"{value:.2f}" if r.amount and (value := parse_amount(r.amount)) is not None else r.amount
    paid = "state:paid" if "state:paid" not in r.words and _PAID.search(fold(t)) else None  # "the deal the
    # customer has already paid for" (not "is it invoiced and paid?", which asks)
    if r.deal:
        return r.deal
    head, words = [x for x in (r.case, worth, *counts, r.date, paid) if x], _without_remark(t, r.words.split())
    for goods in (False, True):  # the goods counted last: "de deal voor 25 accuboormachines ... want de klant vraagt"
        while len(" ".join(head + words)) > MAX_WORDS and (i := next((k for k, w in enumerate(words) if (
                ":" not in w and not w[:1].isupper() and (goods or not concepts(w)))), None)) is not None:
            del words[i]  # the asker's own lower-case words go first, never a description's token ("period:date:w45")
    return " ".join(head + words)[:MAX_WORDS].strip()


_REMARK = re.compile(r"\?\s+([A-ZÀ-Ý][^?]*[.!])\s*$")  # a sentence of its own after the question
# a sale's own noun, also as a compound's head ("inrichtingsdeal", "Ladenausbau-Auftrag")
_SALE = re.compile(r"(?:deals?|opportunit\w*|affaires?|oportunidad\w*|verkaufschancen?|verkoopkans\w*|ventes?|"
                   r"ventas?|auftrag|opdracht|commandes?|pedidos?|orders?)\b", re.I)


def _without_remark(t: str, words: list[str]) -> list[str]:
    """The reference's words but those only a remark after the question says ("la vente ... est déjà facturée ? Leur
    service financier clôture le mois.": no "service" to find the deal by). Not when the question names no sale
    and the sentence after it does ("Kun je me ergens mee helpen? Ik wil weten of de inrichtingsdeal ... is.")."""
    if not (m := _REMARK.search(t)) or not _SALE.search(t[:m.start()]) or _SALE.search(m.group(1)):
        return words
    remark = {w.casefold() for w in re.findall(r"[^\W\d_][\w&'-]*", m.group(1))}
    asked = {w.casefold() for w in re.findall(r"[^\W\d_][\w&'-]*", t[:m.start() + 1])}
    return [w for w in words if w.casefold() not in remark - asked] or words


_PAID = re.compile(r"\b(?:already|schon|bereits|deja|ya|al)\s+"
                   r"(?:(?:has|have|ha|han|hat|heeft|hebben|been|est|a|ete)\s+)?(?:" + "|".join(PAID) + r")\b")


def deal_named(text: str) -> str | None:
    """A name no invoice answers to may be a customer's ("did Blue Harbor get billed?"): the words to
    ask the CRM with, when the question named the thing only by name (no number, amount, date or PO)."""
    r = references(" ".join(text.split()))
    return r.words if r.words and not (r.case or r.po or r.amount or r.date or r.deal) else None

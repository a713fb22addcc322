"""Vendor: the invoice must come from a known, active vendor, and be paid to the vendor's bank.

Rules: VENDOR_UNKNOWN and VENDOR_NOT_ACTIVE (block), BANK_DETAILS_CHANGED (block) and
BANK_DETAILS_UNVERIFIED (review), IBAN_INVALID (block), TAX_ID_INVALID (review),
CURRENCY_MISMATCH (review). The match itself (tax id > IBAN > fuzzy name) is made by
`countersign.tools.match_vendor`; these rules judge its result.
Worked example: Globex Industrial GmbH (V003, master IBAN FR14 2004 1010 0505 0001 3M02 606)
sends an invoice asking for payment to GB33BUKB20201555555555: the IBAN's checksum is fine, so
no IBAN_INVALID, but it differs from the master, so BANK_DETAILS_CHANGED blocks. Had it printed
GB33BUKB20201555555556 (checksum wrong), IBAN_INVALID would block as well. Tax id DE811569869
passes the German VAT check; DE811569868 gives TAX_ID_INVALID; "ACME-TAX-1" is a format we do
not know and gives nothing.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from countersign.domain import CaseFacts, Severity, VendorStatus, Violation, normalize_id
from countersign.policies.rules._common import _currency, _text, mask_iban
from countersign.policies.schema import Policy

# --------------------------------------------------------------------------- vendor


def vendor_known(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """VENDOR_UNKNOWN (block): the printed vendor matched nobody in the vendor master.

    Example: "Umbrella Catering Co" with tax id 31-4159265 and no match gives "No vendor in the
    vendor master matches the printed vendor "Umbrella Catering Co" (tax id 31-4159265)".
    """
    if facts.vendor_match.vendor is not None:
        return []
    name = _text(facts.invoice, "vendor_name")
    tax_id = _text(facts.invoice, "vendor_tax_id")
    shown_name = f'"{name}"' if name else "(no name read)"
    shown_tax = f"tax id {tax_id}" if tax_id else "no tax id printed"
    return [
        Violation(
            code="VENDOR_UNKNOWN",
            severity=Severity.BLOCK,
            message=f"No vendor in the vendor master matches the printed vendor {shown_name} ({shown_tax}); "
            "the vendor must be created or matched before a bill can be drafted.",
            evidence={"vendor_name": name, "vendor_tax_id": tax_id},
        )
    ]


def vendor_active(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """VENDOR_NOT_ACTIVE (block): the matched vendor's status is inactive or blocked.

    Example: Soylent Foods Corp (V005), status blocked: "Vendor Soylent Foods Corp (V005) is
    blocked in the vendor master; no bill may be posted to it".
    """
    vendor = facts.vendor_match.vendor
    if vendor is None or vendor.status == VendorStatus.ACTIVE:
        return []
    return [
        Violation(
            code="VENDOR_NOT_ACTIVE",
            severity=Severity.BLOCK,
            message=f"Vendor {vendor.name} ({vendor.id}) is {vendor.status.value} in the vendor master; "
            "no bill may be posted to it.",
            evidence={"vendor_id": vendor.id, "vendor_status": vendor.status.value},
        )
    ]


def bank_details(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """BANK_DETAILS_CHANGED (block) / BANK_DETAILS_UNVERIFIED (review): the IBAN printed on the
    invoice must equal the matched vendor's master IBAN (compared uppercase, without spaces).

    Changed bank details on an invoice are the classic payment-fraud pattern, so a difference
    blocks. An invoice IBAN where the master holds none is flagged for review. No IBAN on the
    invoice, or no matched vendor, is nothing to check here.
    Example: master GB82WEST12345698765432, invoice "gb82 west 1234 5698 7654 32" passes;
    invoice GB33BUKB20201555555555 fails with both shown as ******************5432 and
    ******************5555.
    """
    vendor = facts.vendor_match.vendor
    printed = normalize_id(facts.invoice.value("vendor_iban"))
    if vendor is None or not printed:
        return []
    master = normalize_id(vendor.iban)
    if not master:
        return [
            Violation(
                code="BANK_DETAILS_UNVERIFIED",
                severity=Severity.REVIEW,
                message=f"The invoice gives IBAN {mask_iban(printed)}, but the vendor master for "
                f"{vendor.name} ({vendor.id}) holds no IBAN to compare it with; confirm the bank details "
                "with the vendor through a known contact before paying.",
                evidence={"vendor_id": vendor.id, "invoice_iban": mask_iban(printed), "master_iban": None},
            )
        ]
    if printed == master:
        return []
    return [
        Violation(
            code="BANK_DETAILS_CHANGED",
            severity=Severity.BLOCK,
            message=f"The invoice asks for payment to IBAN {mask_iban(printed)}, but the vendor master for "
            f"{vendor.name} ({vendor.id}) has IBAN {mask_iban(master)}. Changed bank details are a common "
            "payment-fraud pattern; confirm with the vendor through a known contact, not the invoice.",
            evidence={
                "vendor_id": vendor.id,
                "invoice_iban": mask_iban(printed),
                "master_iban": mask_iban(master),
            },
        )
    ]




# --------------------------------------------------------------------------- IBAN and tax id


def iban_problem(iban: str | None) -> str | None:
    """Why an IBAN is not valid (schwifty: country, length, checksum), or None when it is valid
    or absent. Example: "GB82WEST12345698765432" -> None; "...433" -> "Invalid checksum digits"."""
    compact = normalize_id(iban)
    if not compact:
        return None
    from schwifty import IBAN  # here, not at import: commands that never read an IBAN skip its tables

    try:
        IBAN(compact)
    except ValueError as exc:
        return str(exc) or type(exc).__name__
    return None


_EIN = re.compile(r"^\d{2}-\d{7}$")


@functools.cache
def _vat_by_prefix() -> dict[str, tuple[str, ModuleType]]:
    """python-stdnum's checks, imported when a tax id is first checked: commands that check none
    (status, approvals) skip its import, 0.03 s."""
    from stdnum.ch import vat as ch_vat
    from stdnum.eu import vat as eu_vat
    from stdnum.gb import vat as gb_vat
    from stdnum.no import mva as no_vat

    return {
        **{cc.upper(): ("EU VAT number", eu_vat) for cc in eu_vat.MEMBER_STATES},
        "EL": ("EU VAT number", eu_vat),
        "GB": ("UK VAT number", gb_vat),
        "CH": ("Swiss VAT number", ch_vat),
        "NO": ("Norwegian VAT number", no_vat),
    }


def tax_id_check(tax_id: str | None) -> tuple[str, bool] | None:
    """(kind, valid) for a tax id in a format we recognise, None for an absent or unknown format.

    Recognised: EU VAT numbers (two-letter member-state prefix, EL for Greece), UK, Swiss and
    Norwegian VAT numbers (python-stdnum checks digits and checksums), and US EINs written
    NN-NNNNNNN (stdnum checks the IRS prefix). Anything else (a bare 9-digit number, a local
    registration) is not judged: unknown formats give no finding.
    Example: "DE811569869" -> ("EU VAT number", True); "12-3456789" -> ("US EIN", True);
    "07-1234567" -> ("US EIN", False); "ACME-TAX-1" -> None.
    """
    raw = (tax_id or "").strip()
    if not raw:
        return None
    if _EIN.match(raw):
        from stdnum.us import ein as us_ein

        return "US EIN", bool(us_ein.is_valid(raw))
    compact = re.sub(r"[\s.\-]", "", raw).upper()
    prefix = compact[:2]
    if len(compact) > 4 and prefix.isalpha() and prefix in _vat_by_prefix():
        kind, module = _vat_by_prefix()[prefix]
        try:
            return kind, bool(module.is_valid(raw))
        except Exception:  # noqa: BLE001 - a validator hiccup means "not valid", never a crash
            return kind, False
    return None


def iban_valid(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """IBAN_INVALID (block): the IBAN printed on the invoice fails validation (country code,
    length or the mod-97 checksum, via schwifty).

    A mistyped or forged IBAN must never reach a payment run. Example: GB82WEST12345698765432
    passes; GB82WEST12345698765433 gives "The invoice's IBAN ******************5433 is not a
    valid IBAN (Invalid checksum digits)". No IBAN printed is nothing to check.
    """
    printed = normalize_id(facts.invoice.value("vendor_iban"))
    problem = iban_problem(printed)
    if problem is None:
        return []
    return [
        Violation(
            code="IBAN_INVALID",
            severity=Severity.BLOCK,
            message=f"The invoice's IBAN {mask_iban(printed)} is not a valid IBAN ({problem}); it was "
            "misread, mistyped or forged, and no payment may go to it.",
            evidence={"invoice_iban": mask_iban(printed), "problem": problem},
        )
    ]


def tax_id_valid(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """TAX_ID_INVALID (review): the vendor tax id printed on the invoice is in a recognised
    format (see `tax_id_check`: EU/UK/CH/NO VAT, US EIN) but fails its checks.

    Example: DE811569869 passes; DE811569868 gives "The invoice's tax id DE811569868 looks like
    an EU VAT number but is not a valid one (wrong check digit, length or prefix)". An
    unrecognised format ("ACME-TAX-1") or no tax id gives nothing.
    """
    printed = _text(facts.invoice, "vendor_tax_id")
    checked = tax_id_check(printed)
    if checked is None or checked[1]:
        return []
    kind = checked[0]
    return [
        Violation(
            code="TAX_ID_INVALID",
            severity=Severity.REVIEW,
            message=f"The invoice's tax id {printed} looks like {'an' if kind[0] in 'AEIOU' else 'a'} {kind} but is "
            "not a valid one (wrong check digit, length or prefix); confirm the vendor's tax id before paying.",
            evidence={"vendor_tax_id": printed, "format": kind},
        )
    ]


def vendor_currency(facts: CaseFacts, policy: Policy) -> list[Violation]:
    """CURRENCY_MISMATCH (review): the invoice currency differs from the matched vendor's
    currency in the vendor master (compared uppercase).

    Example: an EUR invoice from Acme Tools Ltd (V001, USD) gives "The invoice is in EUR, but
    vendor Acme Tools Ltd (V001) is set up to bill in USD". "usd" passes.
    """
    vendor = facts.vendor_match.vendor
    currency = _currency(facts.invoice)
    if vendor is None or currency is None or not vendor.currency:
        return []
    expected = vendor.currency.strip().upper()
    if currency == expected:
        return []
    return [
        Violation(
            code="CURRENCY_MISMATCH",
            severity=Severity.REVIEW,
            message=f"The invoice is in {currency}, but vendor {vendor.name} ({vendor.id}) is set up to bill in "
            f"{expected}; check the amount is not meant in {expected}.",
            evidence={"currency": currency, "vendor_id": vendor.id, "vendor_currency": expected},
        )
    ]


def vendor_proposal_findings(payload: dict) -> list[Violation]:
    """What an approver of a new vendor must see: it is new, and any doubt about its identifiers.

    Example: {"name": "Umbrella Catering Co", "tax_id": "31-4159265", "checks": {"iban_problem":
    "checksum fails", ...}} gives NEW_VENDOR (info) and NEW_VENDOR_IBAN_INVALID (review: the bank
    account was left out of the proposal and must be confirmed with the vendor).
    """
    checks = payload.get("checks") or {}
    found = [Violation(code="NEW_VENDOR", severity=Severity.INFO,
                       message=f"{payload.get('name')!r} is not in the vendor master; approving adds it "
                               f"(tax id {payload.get('tax_id') or 'none'}, bank account "
                               f"{mask_iban(payload['iban']) if payload.get('iban') else 'none'}).",
                       evidence={"name": payload.get("name"), "tax_id": payload.get("tax_id")})]
    if checks.get("iban_problem"):
        found.append(Violation(code="NEW_VENDOR_IBAN_INVALID", severity=Severity.REVIEW,
                               message=f"The invoice's IBAN is not valid ({checks['iban_problem']}); the vendor "
                                       "is proposed without bank details. Confirm them with the vendor.",
                               evidence={"iban_problem": checks["iban_problem"]}))
    if checks.get("tax_id_valid") is False:
        found.append(Violation(code="NEW_VENDOR_TAX_ID_INVALID", severity=Severity.REVIEW,
                               message=f"Tax id {payload.get('tax_id')} is not a valid {checks.get('tax_id_format')}.",
                               evidence={"tax_id": payload.get("tax_id"), "format": checks.get("tax_id_format")}))
    return found

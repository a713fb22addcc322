"""Three layout families for the shapes the reader was weakest on with unseen invoices: a
narrow till receipt, a sidebar with the invoice facts in a left column, and a letter that says
its facts in sentences.

Written from the issue's list of weak layouts (issue 12) before any fallback for them, and
held out: `evals.extraction` reads their scores, never their documents. They print the full
vocabulary (held-back wordings too) and Italian and Portuguese as well as the first five
languages (Polish needs a font beyond the PDF base fonts' windows-1252, so it is not drawn yet).
"""

from __future__ import annotations

from evals.corpus_families import Canvas, day, fmt_number, fmt_qty
from evals.corpus_layouts import (
    BANK,
    block,
    buyer_lines,
    draw_table,
    due_note,
    header_rows,
    standard_cols,
    totals_rows,
    vat_line,
)
from evals.corpus_vocab import MANAGER, REGISTER

# "Invoice No. 123 of 3 March 2025": the number and the date in one phrase.
OF_DATE = {"en": ("{title} {nr}{n} of {d}", "{title} {nr}{n} dated {d}"),
           "de": ("{title} Nr. {n} vom {d}", "{title} {n} vom {d}"),
           "fr": ("{title} n° {n} du {d}", "{title} {n} en date du {d}"),
           "nl": ("{title} {n} van {d}", "{title} nr. {n} d.d. {d}"),
           "es": ("{title} nº {n} de fecha {d}", "{title} {n} del {d}"),
           "it": ("{title} n. {n} del {d}", "{title} {n} del {d}"),
           "pt": ("{title} n.º {n} de {d}", "{title} {n} emitida em {d}")}
ON_RECEIPT = {"en": "Payable on receipt.", "de": "Zahlbar sofort nach Erhalt ohne Abzug.",
              "fr": "Payable à réception.", "nl": "Betaalbaar bij ontvangst.", "es": "Pago al contado.",
              "it": "Pagamento a vista.", "pt": "Pagamento a pronto."}
THANKS = {"en": "Thank you for your visit!", "de": "Vielen Dank für Ihren Einkauf!", "fr": "Merci de votre visite !",
          "nl": "Bedankt voor uw bezoek!", "es": "¡Gracias por su visita!", "it": "Grazie per la visita!",
          "pt": "Obrigado pela sua visita!"}
# Totals under wordings real invoices use that are not the usual "Total": the amount of the invoice.
AMOUNT_OF = {"en": ("Invoice amount", "Amount payable", "Total payable"),
             "de": ("Rechnungsbetrag", "Endbetrag", "Zu zahlender Betrag"),
             "fr": ("Montant de la facture", "Net à payer", "Montant TTC"),
             "nl": ("Factuurbedrag", "Te betalen bedrag", "Totaalbedrag"),
             "es": ("Importe de la factura", "Total a pagar", "Importe total"),
             "it": ("Importo fattura", "Totale a pagare", "Importo dovuto"),
             "pt": ("Valor da fatura", "Montante a pagar", "Total a liquidar")}
WE_CHARGE = {"en": "For the work listed below we charge as follows:",
             "de": "für die nachstehend aufgeführten Leistungen berechnen wir Ihnen:",
             "fr": "Pour les prestations ci-dessous, nous vous facturons :",
             "nl": "Voor de onderstaande werkzaamheden brengen wij in rekening:",
             "es": "Por los trabajos indicados a continuación le facturamos:",
             "it": "Per le prestazioni indicate di seguito addebitiamo:",
             "pt": "Pelos serviços abaixo indicados faturamos:"}


def _phrase(spec: dict, variant: int) -> str:
    nr = "No. " if spec["style"] < 0.5 else "# "
    return OF_DATE[spec["lang"]][variant].format(title=spec["title"].title() if spec["lang"] == "en"
                                                 else spec["title"], nr=nr, n=spec["number"],
                                                 d=day(spec, spec["issued"]))


def render_receipt(spec: dict) -> bytes:
    """A till receipt 80 mm wide: the shop centred on top, the number and date in one phrase,
    each item on two lines (its name, then quantity x price and the amount), the totals, paid
    on receipt."""
    width = 226.0
    c = Canvas("Courier" if spec["style"] < 0.4 else "Helvetica", page=(width, 640 + 28 * len(spec["lines"])))
    mid, left, right = width / 2, 12.0, width - 12
    c.text(mid, 14, spec["vendor"], 11, bold=True, align="C")
    y = block(c, mid, 30, [spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)], 7, 9, align="C")
    c.text(left, y + 8, _phrase(spec, int(spec["style"] * 10) % 2), 7.5)
    if spec["po"]:
        y += 10
        c.text(left, y + 8, f"{spec['labels']['po']}: {spec['po']}", 7.5)
    y += 26
    c.line(left, y, right, y)
    y += 6
    s, style = spec["sign"], spec["numfmt"]
    for ln in spec["lines"]:
        c.text(left, y, ln["description"][:34], 7.5)
        c.text(left + 14, y + 9, f"{fmt_qty(ln['quantity'], style)} x {fmt_number(ln['unit_price'] * s, style)}", 7.5)
        c.text(right, y + 9, fmt_number(ln["amount"] * s, style), 7.5, align="R")
        y += 22
    c.line(left, y, right, y)
    y += 6
    for label, value, bold in totals_rows(spec):
        c.text(left, y, label, 8.5 if bold else 7.5, bold=bold)
        c.text(right, y, value, 8.5 if bold else 7.5, bold=bold, align="R")
        y += 12
    block(c, mid, y + 12, [ON_RECEIPT[spec["lang"]], f"IBAN {spec['iban']}", THANKS[spec["lang"]]], 7, 9, align="C")
    return c.output()


def render_sidebar(spec: dict) -> bytes:
    """A shaded left column with the vendor and the invoice facts, each label above its value;
    the title, the buyer, the items and the totals in the main column."""
    c = Canvas()
    L = spec["labels"]
    c.rect(0, 0, 170, 842)
    y = block(c, 20, 40, [spec["vendor"]], 12, 14, bold_first=True)
    y = block(c, 20, y + 2, [spec["v_street"], spec["v_city"], spec["v_phone"], vat_line(spec)], 7.5, 10)
    y += 20
    for label, value in header_rows(spec, customer=spec["style"] > 0.5):
        c.text(20, y, label.upper() if spec["style"] < 0.3 else label, 7)
        c.text(20, y + 9, value, 9.5, bold=True)
        y += 30
    block(c, 20, 720, [BANK[spec["lang"]], f"IBAN {spec['iban']}"], 7, 9)
    c.text(200, 40, spec["title"].upper(), 22, bold=True)
    block(c, 200, 90, [L["bill_to"]] + buyer_lines(spec), 9, 11, bold_first=True)
    y, _ = draw_table(c, spec, standard_cols(spec, x0=200, right=560), 190, ruled=True, notes=False)
    y += 10
    for label, value, bold in totals_rows(spec):
        c.text(470, y, label, 9, bold=bold, align="R")
        c.text(560, y, value, 9, bold=bold, align="R")
        y += 14
    c.text(200, y + 20, due_note(spec), 8.5)
    return c.output()


def render_prose(spec: dict) -> bytes:
    """A letter whose facts are said in sentences: no letterhead (the vendor is named in the
    footer and the sign-off), the number and date in the subject ("Rechnung Nr. 1 vom 2"), the
    grand total under a less usual wording, the due date from the payment terms."""
    c = Canvas("Times" if spec["style"] < 0.5 else "Helvetica")
    lang = spec["lang"]
    block(c, 57, 120, buyer_lines(spec), 10, 12)
    c.text(555, 120, day(spec, spec["issued"]), 10, align="R")
    c.text(57, 220, _phrase(spec, int(spec["style"] * 7) % 2), 12, bold=True)
    if spec["po"]:
        c.text(57, 236, f"{spec['labels']['po']}: {spec['po']}", 9)
    c.text(57, 258, WE_CHARGE[lang], 10)
    y, _ = draw_table(c, spec, standard_cols(spec, x0=57), 285, ruled=spec["style"] > 0.3)
    rows = totals_rows(spec)
    amount_of = AMOUNT_OF[lang][int(spec["style"] * 100) % 3]
    y += 8
    for label, value, bold in rows:
        label = amount_of if label == spec["labels"]["total"] else label
        c.text(330, y, label, 10, bold=bold)
        c.text(555, y, value, 10, bold=bold, align="R")
        y += 14
    c.text(57, y + 16, due_note(spec), 10)
    c.text(57, y + 46, spec["vendor"], 10)
    footer = [spec["vendor"], f"{spec['v_street']}, {spec['v_city']}", vat_line(spec),
              f"IBAN {spec['iban']}", REGISTER[lang].format(n=spec["customer_no"]), MANAGER[lang]]
    c.text(298, 780, " · ".join(f for f in footer[:3] if f), 7, align="C")
    c.text(298, 790, " · ".join(f for f in footer[3:] if f), 7, align="C")
    return c.output()

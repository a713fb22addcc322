"""Chromium (HTML) styles for set 37, second part (04 Chișinău food distributor's FACTURĂ FISCALĂ in Romanian on a fully
ruled grid with the TVA per row, TVA 8 % on bread and dairy and 20 % on the rest, and RETURNED goods as NEGATIVE rows,
05 Kigali consultancy's invoice written as a LETTER in English with a fee table, VAT 18 % in whole francs, an ADVANCE
deducted below the total and an EBM block)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, digits, en, iban, iban_fmt, q0, q2, qstr, rand_date, sp, style_registry
from kit_common import MONTHS, due_note, en_date, lines, po_note, truth, valid_id
from stdnum.md import idno

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Chișinău (TVA 8 % / 20 %, MDL), per-row TVA, returns as negative rows
CH_V = [
    ("SRL „Codru Distribuție”", "str. Calea Ieșilor 10, MD-2069, Chișinău", "#1d4ed8"),
    ("SRL „Lapte și Pâine Botanica”", "bd. Dacia 47, MD-2062, Chișinău", "#b91c1c"),
    ("SA „Ciocana Alimente”", "str. Uzinelor 19, MD-2023, Chișinău", "#15803d"),
    ("SRL „Buiucani Food Service”", "str. Alba Iulia 75, MD-2071, Chișinău", "#7e22ce"),
]
CH_B = [
    ("SRL „Magazinul Nr. 7 Rîșcani”", "str. Kiev 16, Chișinău"),
    ("ÎI „Cafeneaua Albișoara”", "str. Albișoara 38, Chișinău"),
    ("IP Liceul Teoretic „Mihai Eminescu”", "str. Ismail 52, Chișinău"),
    ("SRL „Hotel Centru Nord”", "str. Pușkin 22, Chișinău"),
]
CH_8 = [
    ("Pâine albă feliată 500 g", "buc", 20, 300, D("7.50"), D("12.90")),
    ("Franzelă de grâu 400 g", "buc", 20, 300, D("5.20"), D("8.80")),
    ("Lapte 2,5 %, 1 l", "l", 12, 240, D("14.50"), D("21.90")),
    ("Chefir 2,5 %, 900 g", "buc", 12, 120, D("16.40"), D("23.50")),
    ("Brânză de vaci 9 %, 400 g", "buc", 6, 80, D("34.00"), D("52.00")),
    ("Smântână 20 %, 400 g", "buc", 6, 80, D("26.00"), D("38.50")),
    ("Unt 72,5 %, 200 g", "buc", 6, 60, D("39.00"), D("58.00")),
]
CH_20 = [
    ("Apă minerală 1,5 l", "buc", 12, 120, D("9.80"), D("15.60")),
    ("Suc de mere 1 l", "buc", 6, 60, D("18.00"), D("29.50")),
    ("Cafea boabe 1 kg", "kg", 1, 10, D("240.00"), D("420.00")),
    ("Biscuiți cu ciocolată 200 g", "buc", 10, 100, D("17.00"), D("26.00")),
    ("Transport marfă", "cursă", 1, 1, D("150.00"), D("450.00")),
]
CH_HTML = """<html lang="ro"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.g{width:100%;border-collapse:collapse;margin-top:8px} table.g th{border:1px solid #333;background:#eef;font-size:7pt;padding:2px 3px} table.g td{border:1px solid #555;padding:2px 3px;font-size:7.8pt} td.r{text-align:right;white-space:nowrap} tr.ret td{color:#9f1239}
table.h td{vertical-align:top;font-size:8pt;padding:1px 4px}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;letter-spacing:1px">FACTURĂ FISCALĂ</div><div>Seria și nr.: <b>{{ no }}</b></div><div>Data eliberării: <b>{{ date }}</b></div></td>
<td style="text-align:right" class="small">Formular tipizat aprobat prin Ordinul MF<br>Cod document: {{ docid }}</td></tr></table>
<table class="h" style="width:100%;margin-top:8px;border:1px solid #333"><tr><td style="width:50%;border-right:1px solid #333"><span class="small">Furnizor</span><br><b style="color:{{ color }}">{{ vname }}</b><br>{{ vaddr }}<br>Cod fiscal (IDNO): <b>{{ vid }}</b><br>Cod TVA: {{ vtva }}<br>IBAN {{ iban }}<br>{{ bank }}</td>
<td><span class="small">Cumpărător</span><br><b>{{ bname }}</b><br>{{ baddr }}<br>Cod fiscal: {{ bid }}<br>Cod TVA: {{ btva }}{% for k, v in head %}<br>{{ k }}: <b>{{ v }}</b>{% endfor %}</td></tr></table>
<table class="g"><tr><th>Nr.</th><th>Denumirea mărfii / serviciului</th><th>U.M.</th><th>Cantitatea</th><th>Prețul fără TVA</th><th>Valoarea fără TVA</th><th>Cota TVA</th><th>Suma TVA</th><th>Valoarea cu TVA</th></tr>
{% for it in items %}<tr{% if it.ret %} class="ret"{% endif %}><td>{{ loop.index }}</td><td>{{ it.d }}</td><td>{{ it.u }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.rt }}%</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr style="font-weight:bold"><td colspan="5" class="r">TOTAL</td><td class="r">{{ net }}</td><td></td><td class="r">{{ tax }}</td><td class="r">{{ total }}</td></tr></table>
<div style="margin-top:6px;font-size:8.2pt">Total de plată: <b>{{ total }} MDL</b>{% if due %} · Termen de plată: <b>{{ due }}</b>{% else %} · {{ term }}{% endif %}</div>
<table class="h" style="width:100%;margin-top:14px"><tr><td>Conducătorul: ________ {{ boss }}</td><td>Contabil-șef: ________</td><td>Mărfurile le-a eliberat: ________</td><td>Mărfurile le-a primit: ________<br><span class="small">delegația nr. {{ deleg }}</span></td></tr></table>
<div class="small" style="margin-top:8px">Data livrării: {{ ship }} · Mijloc de transport: {{ car }} · Rîndurile cu minus sînt mărfuri returnate (retur).</div>
</body></html>"""


@style("04", "md_kiv_chisinau_factura_tva_20_8_retur")
def s04(rng, i):
    vname, vaddr, color = CH_V[i]
    bname, baddr = CH_B[i]
    d = rand_date(rng)
    items = lines(rng, CH_8, rng.randint(3, 5), D("0.10"))
    for x in items:
        x["rate"] = D(8)
    more = lines(rng, CH_20, rng.randint(1, 3), D("0.10"))
    for x in more:
        x["rate"] = D(20)
    items += more
    rets = []
    for x in rng.sample(items[:3], rng.randint(1, 2)):
        q = -D(rng.randint(1, max(1, int(x["qty"]) // 4)))
        rets.append(dict(desc="Retur: " + x["desc"], unit=x["unit"], qty=q, price=x["price"], amount=q2(q * x["price"]), rate=x["rate"], ret=True))
    items += rets
    for x in items:
        x["tax"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = valid_id(rng, 13, idno.is_valid, prefix="100" + rng.choice("0123456"))
    no = f"{rng.choice(['EAA', 'EAB', 'ECA', 'EBD'])} {rng.randint(1000000, 9999999)}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day} {MONTHS['ro'][x.month - 1]} {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([7, 10, 15, 30])) if i != 1 else None
    term = None if due else "Achitat în numerar la livrare"
    po = [f"CMD-{rng.randint(100, 9999)}", None, f"{rng.randint(10, 99)}/{d.year}", None][i]
    contract = f"{rng.randint(10, 300)}-L/{d.year}"
    head = [("Contract", contract)]
    if po:
        head.append(("Comanda nr.", po))
    head.append(("Aviz de însoțire nr.", f"{rng.randint(10000, 99999)}"))
    m = sp
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, vid=vid, vtva=f"{rng.randint(600000, 899999):07d}", no=no, date=fd(d), docid=digits(rng, 9),
        iban=iban_fmt(iban("MD", rng.choice(["AG", "ML", "VI", "MO"]) + digits(rng, 18))), bank=rng.choice(["BC „Moldova Agroindbank” SA", "BC „Moldindconbank” SA", "BC „Victoriabank” SA", "BC „MAIB” SA"]),
        bname=bname, baddr=baddr, bid=valid_id(rng, 13, idno.is_valid, prefix="101"), btva=f"{rng.randint(600000, 899999):07d}", head=head,
        items=[{"d": x["desc"], "u": x["unit"], "q": qstr(x["qty"]), "p": m(x["price"]), "a": m(x["amount"]), "rt": x["rate"], "t": m(x["tax"]), "g": m(x["amount"] + x["tax"]), "ret": x.get("ret")} for x in items],
        net=m(net), tax=m(tax), total=m(total), due=fd(due) if due else None, term=term, boss=rng.choice(["V. Rusu", "A. Ceban", "I. Lungu", "M. Cojocaru"]),
        deleg=f"{rng.randint(10, 999)}", ship=fd(d - dt.timedelta(days=rng.randint(0, 2))), car=f"C {rng.choice(['AB', 'KL', 'MN'])} {rng.randint(100, 999)}",
    )
    notes = (
        "Chișinău (Moldova) food distributor's FACTURĂ FISCALĂ in Romanian on a FULLY RULED grid with the TVA PER ROW (net, rate, TVA, gross), in lei with spaces and a decimal comma ('1 234,50'), TVA 8 % on bread and dairy and 20 % on water, juice, coffee, biscuits and transport, and RETURNED goods as NEGATIVE rows ('Retur: …', negative quantity and amounts) netted in the totals row: "
        "vendor = 'Furnizor'; vendor_tax_id = its 'Cod fiscal (IDNO)' (13 digits; its 'Cod TVA', the buyer's codes and the IBAN are decoys). "
        "invoice_number = 'Seria și nr.' (series and number as printed, e.g. 'EAA 1234567'); invoice_date = 'Data eliberării' ("
        + ["dd.mm.yyyy", "Romanian words ('12 martie 2026')", "dd.mm.yyyy", "dd/mm/yyyy"][i]
        + "); the delivery date 'Data livrării', the contract, the 'Aviz de însoțire' and the delegation number are decoys. "
        + due_note(due, term, "Termen de plată")
        + po_note(po, "Comanda nr.")
        + "subtotal = the TOTAL row's 'Valoarea fără TVA'; tax = its 'Suma TVA'; total = its 'Valoarea cu TVA' = 'Total de plată'. Currency MDL. Line items: every row, the returns with negative amounts (net values)."
    )
    t = truth(vname, vid, no, po, d, due, "MDL", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Total de plată", fd(due) if due else None, contract, ctx["ship"]]}
    return t, chk, (CH_HTML.replace("@@BASE@@", css(margin="10mm 11mm", fs="8.4pt")), ctx)


# =========================================================================== 05 Kigali (VAT 18 %, RWF), a letter with a fee table and an advance deducted
KG_V = [
    ("Inyange Advisory Ltd", "KG 7 Ave, Kacyiru, P.O. Box 6214 Kigali", "#166534"),
    ("Umurage Engineering Consultants Ltd", "KN 3 Rd, Nyarugenge, P.O. Box 1180 Kigali", "#1e3a8a"),
    ("Ikaze Events & Translation Ltd", "KK 15 Rd, Kicukiro, P.O. Box 4471 Kigali", "#9f1239"),
    ("Akagera Data Systems Ltd", "KG 541 St, Kimihurura, P.O. Box 3390 Kigali", "#78350f"),
]
KG_B = [
    ("The Country Director, Hope for Rural Health (NGO)", "KG 9 Ave, Nyarutarama, Kigali"),
    ("The Managing Director, Kivu Lakeside Hotels Ltd", "Rubavu District, Western Province"),
    ("The Head of Procurement, Rwanda Cooperative Dairy Union", "KN 5 Rd, Remera, Kigali"),
    ("The Finance Manager, Nyabugogo Logistics Park Ltd", "Nyabugogo, Kigali"),
]
KG_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi) in RWF
    ("Senior consultant fees", "day", 2, 20, 180000, 420000),
    ("Junior consultant fees", "day", 2, 25, 80000, 160000),
    ("Field data collection (enumerators)", "day", 5, 60, 25000, 45000),
    ("Kinyarwanda-English translation", "page", 10, 120, 9000, 18000),
    ("Workshop facilitation", "session", 1, 6, 250000, 600000),
    ("Report design and printing", "copy", 10, 100, 6000, 15000),
    ("Software licence, annual", "licence", 1, 10, 120000, 350000),
    ("Local transport", "trip", 1, 12, 15000, 60000),
]
KG_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7.2pt;color:#555} p{margin:6px 0;line-height:1.45} table.it{width:100%;border-collapse:collapse;margin:8px 0} table.it th{border-bottom:1px solid #333;text-align:left;font-size:8pt;padding:3px 4px} table.it td{padding:3px 4px;font-size:8.6pt} th.r,td.r{text-align:right;white-space:nowrap}
</style></head><body>
<div style="border-bottom:3px solid {{ color }};padding-bottom:6px"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Tel. +250 788 {{ tel }} · TIN: {{ vid }} · Company code {{ coid }}</div></div>
<table style="width:100%;margin-top:14px;font-size:9pt"><tr><td style="vertical-align:top">{{ bname }}<br>{{ baddr }}<br><span class="small">Client TIN {{ bid }}</span></td><td style="text-align:right;vertical-align:top">Kigali, {{ dlong }}<br>Our ref.: {{ ref }}{% if po %}<br>Your LPO No. {{ po }}{% endif %}</td></tr></table>
<p style="margin-top:16px">Dear Sir/Madam,</p>
<p><b>RE: INVOICE No. {{ no }} – {{ subject }}</b></p>
<p>Further to the contract signed on {{ cdate }}, please find below our invoice for the services delivered during {{ period }}.</p>
<table class="it"><tr><th>Description</th><th class="r">Qty</th><th>Unit</th><th class="r">Rate (RWF)</th><th class="r">Amount (RWF)</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="4" class="r" style="border-top:1px solid #333">Total excl. VAT</td><td class="r" style="border-top:1px solid #333">{{ net }}</td></tr>
<tr><td colspan="4" class="r">VAT 18%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold"><td colspan="4" class="r">Total incl. VAT</td><td class="r">{{ total }}</td></tr>
<tr><td colspan="4" class="r">Less: advance received on {{ adate }} (receipt {{ arec }})</td><td class="r">-{{ adv }}</td></tr>
<tr style="font-weight:bold"><td colspan="4" class="r" style="border-top:2px solid {{ color }}">Balance due</td><td class="r" style="border-top:2px solid {{ color }}">{{ bal }}</td></tr></table>
<p>{{ paytext }}</p>
<p>Bank: {{ bank }}, account name {{ vname }}, account No. {{ acct }}, SWIFT {{ swift }}.</p>
<div style="border:1px dashed #888;padding:5px;font-size:7.6pt;margin-top:8px;width:70%">EBM: SDC ID {{ sdc }} · Receipt No. {{ rno }} NS · Internal data {{ idata }} · MRC {{ mrc }}</div>
<p style="margin-top:18px">Yours faithfully,<br><br><br>{{ signer }}<br><span class="small">Finance &amp; Administration</span></p>
</body></html>"""


@style("05", "rw_kgl_kigali_letter_invoice_vat_18_advance")
def s05(rng, i):
    vname, vaddr, color = KG_V[i]
    bname, baddr = KG_B[i]
    d = rand_date(rng)
    items = lines(rng, KG_ROWS, rng.randint(2, 5), D("500"))
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.18"))
    total = net + tax
    adv = q0(total * D(rng.choice([20, 25, 30, 40])) / 100 / 1000) * 1000
    bal = total - adv
    vid = f"1{digits(rng, 8)}"
    no = [f"{rng.randint(100, 999)}/{d.year}", f"INV-{rng.randint(1000, 9999)}", f"IEL/{d.strftime('%y')}/{rng.randint(10, 99)}", f"ADS-{d.year}-{rng.randint(100, 999)}"][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i != 2 else None
    term = None if due else "payable upon receipt of this invoice"
    po = [None, f"LPO/{rng.randint(100, 999)}/{d.year}", f"{rng.randint(1000, 9999)}", None][i]
    cd = d - dt.timedelta(days=rng.randint(40, 200))
    ad = cd + dt.timedelta(days=rng.randint(3, 20))
    per = d - dt.timedelta(days=rng.randint(5, 25))
    paytext = (f"Kindly settle the balance due of RWF {en(bal, 0)} within {(due - d).days} days, i.e. not later than {en_date(due)}, by bank transfer to the account below." if due else f"The balance due of RWF {en(bal, 0)} is {term}.")
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{rng.randint(100, 999)} {rng.randint(100, 999)}", vid=vid, coid=f"1{digits(rng, 8)}", bname=bname, baddr=baddr,
        bid=f"1{digits(rng, 8)}", dlong=en_date(d), ref=f"{vname.split()[0][:3].upper()}/{rng.randint(100, 999)}", po=po, no=no,
        subject=rng.choice(["CONSULTANCY SERVICES", "PROFESSIONAL SERVICES", "SERVICES RENDERED", "PROJECT SUPPORT"]), cdate=en_date(cd),
        period=f"{MONTHS['en'][per.month - 1]} {per.year}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "u": x["unit"], "p": en(x["price"], 0), "a": en(x["amount"], 0)} for x in items],
        net=en(net, 0), tax=en(tax, 0), total=en(total, 0), adv=en(adv, 0), bal=en(bal, 0), adate=ad.strftime("%d/%m/%Y"), arec=f"{rng.randint(100, 999)}/{rng.randint(1000, 9999)}",
        paytext=paytext, bank=rng.choice(["Bank of Kigali Plc", "I&M Bank (Rwanda) Plc", "Equity Bank Rwanda Plc", "BPR Bank Rwanda Plc"]), acct=f"{digits(rng, 5)}-{digits(rng, 8)}-{digits(rng, 2)}",
        swift=rng.choice(["BKIGRWRW", "IMRWRWRW", "EQBLRWRW", "BPRWRWRW"]), sdc=f"SDC0{digits(rng, 9)}", rno=f"{rng.randint(100, 999)}/{rng.randint(1000, 9999)}",
        idata="-".join(digits(rng, 4) for _ in range(5)).upper(), mrc=f"WIS0{digits(rng, 8)}", signer=rng.choice(["Jean-Claude Habimana", "Aline Uwase", "Eric Niyonzima", "Grace Mukamana"]),
    )
    notes = (
        "Kigali (Rwanda) consultancy's invoice written as a LETTER in English (letterhead, addressee, 'Kigali, 12 March 2026', 'Dear Sir/Madam', 'RE: INVOICE No. …') with a fee table, in whole Rwandan francs with commas ('1,234,500'), VAT 18 %, and below the total an ADVANCE deducted ('Less: advance received on …') and the 'Balance due'; an EBM block (SDC ID, receipt number, MRC) under the bank line: "
        "vendor = the letterhead name; vendor_tax_id = its 'TIN' (9 digits; the company code, the client's TIN, the EBM ids and the account number are decoys). "
        "invoice_number = 'INVOICE No.' in the subject line (the 'Our ref.' is a decoy); invoice_date = the letter's date ('Kigali, 12 March 2026'); the contract date, the advance's date and the service month are decoys. "
        + ("due_date = the date in the payment sentence ('not later than …'). " if due else f"'{term}' is a term: no due date (null). ")
        + po_note(po, "Your LPO No.")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 18%'; total = 'Total incl. VAT' (BEFORE the advance; the 'Balance due' after it is not the total). Currency RWF. Line items: every fee row."
    )
    t = truth(vname, vid, no, po, d, due, "RWF", net, tax, total, items, notes)
    chk = {"printed": [en_date(d), no, vname, vid, "Total incl. VAT", en_date(due) if due else None, en(bal, 0), en(adv, 0), ctx["sdc"]]}
    return t, chk, (KG_HTML.replace("@@BASE@@", css(margin="16mm 18mm", fs="9pt")), ctx)

"""Chromium (HTML) styles for set 35, first part (01 Karachi (Sindh) caterer and banquet hall's BILL in English for a
wedding or a company dinner with per-head menu rows, the Sindh Sales Tax on Services 15 %, the advance deducted below
the total and the total in words in lakh, 02 Brno (South Moravia) wine merchant's FAKTURA – DAŇOVÝ DOKLAD in Czech
with DPH 21 % and 12 %, the date of the taxable supply beside the date of issue, a DPH summary per rate and, on two,
an advance (záloha) deducted below the total)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, cs_date
from invoice_kit import css, digits, en, in_words, q0, qstr, rand_date, sp, style_registry
from kit_common import due_note, lines, po_note, truth, valid_id
from stdnum.cz import dic

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Karachi caterer (Sindh Sales Tax 15 %, PKR), advance below the total, words in lakh
KH_V = [
    ("Al-Noor Caterers & Banquets (Pvt.) Ltd.", "Plot 14-C, Khayaban-e-Shahbaz, DHA Phase VI, Karachi", "#065f46"),
    ("Shahnama Marquee & Catering", "ST-9, Block 13-A, Gulshan-e-Iqbal, Karachi", "#7c2d12"),
    ("Clifton Dastarkhwan Caterers", "Shop 3, Boat Basin, Block 5, Clifton, Karachi", "#1e3a8a"),
    ("Royal Palm Banquet Hall", "Main Rashid Minhas Road, Gulistan-e-Jauhar, Karachi", "#86198f"),
]
KH_B = [
    ("Mr. Imran Siddiqui", "House B-41, Block 7, Gulshan-e-Iqbal, Karachi", None),
    ("Indus Textile Mills Ltd. – Admin Dept.", "Plot 22, Sector 7-A, Korangi Industrial Area, Karachi", "PO"),
    ("Mrs. Farah Qureshi", "Flat 302, Sea Breeze Apartments, Clifton, Karachi", None),
    ("Habib Pharma (Pvt.) Ltd.", "F-18, S.I.T.E. Area, Karachi", "PO"),
]
KH_MENU = [  # (desc, unit, qty lo, qty hi, price lo, price hi): per-head rows take the guest count as quantity
    ("Menu A – Mutton Biryani, Chicken Qorma, Seekh Kabab, Naan, Kheer (per head)", "head", 150, 600, 1450, 2400),
    (
        "Menu B – Mutton Karahi, Chicken Tikka, Beef Pulao, Roghni Naan, Gajar Halwa (per head)",
        "head",
        150,
        600,
        1850,
        3200,
    ),
    ("Hi-Tea – Samosa, Chicken Sandwich, Chana Chaat, Gulab Jamun, Tea (per head)", "head", 80, 300, 650, 1100),
]
KH_EXTRA = [
    ("Hall rent – 4 hours (Hall 2)", "event", 1, 1, 150000, 350000),
    ("Stage & floral decoration", "lot", 1, 1, 60000, 180000),
    ("Live BBQ counter (per head)", "head", 100, 400, 250, 450),
    ("Mineral water 500 ml, carton of 24", "ctn", 10, 60, 1100, 1500),
    ("Generator backup (hours)", "hr", 2, 6, 4500, 7500),
    ("Waiter service (per waiter)", "waiter", 8, 30, 2500, 4000),
]
KH_HTML = """<html lang="en-PK"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px;border:1px solid #999} table.it th{font-size:7.4pt;background:{{ color }};color:#fff;padding:4px;text-align:left} table.it th.r{text-align:right} table.it td{padding:4px;font-size:8.2pt;border-top:1px solid #ccc} td.r{white-space:nowrap}
table.tot td{padding:3px 6px;font-size:8.8pt}
</style></head><body>
<div style="text-align:center;border-bottom:3px double {{ color }};padding-bottom:6px"><div style="font-size:17pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div class="small">{{ vaddr }} · Ph: +92 21 {{ tel }} · UAN 111-{{ uan }}<br>NTN / SRB Reg. No. {{ ntn }}</div></div>
<div style="text-align:center;margin-top:8px;font-size:13pt;font-weight:bold;letter-spacing:1px">{{ title }}</div>
<table style="width:100%;margin-top:8px"><tr><td style="width:55%;vertical-align:top"><div class="small">Billed to</div><b>{{ bname }}</b><br>{{ baddr }}{% if bntn %}<br><span class="small">Customer NTN {{ bntn }}</span>{% endif %}</td>
<td style="vertical-align:top">{% for k, v in head %}<div><span class="small" style="display:inline-block;width:32mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<div style="margin-top:6px;font-size:8pt">Function: <b>{{ func }}</b> · Date of function: <b>{{ fdate }}</b> · Guests guaranteed: <b>{{ guests }}</b> · Booking No. {{ booking }}</div>
<table class="it"><tr><th style="width:8mm">S.No.</th><th>Description</th><th class="r">Qty</th><th class="r">Rate (Rs)</th><th class="r">Amount (Rs)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:8px"><tr><td style="vertical-align:top;font-size:8pt;padding-right:12px"><b>Amount in words:</b> {{ words }}<br><br><span class="small">{{ pay }}<br>Bank: {{ bank }}, A/C Title: {{ vname }}, IBAN PK{{ iban }}</span></td>
<td style="width:78mm;vertical-align:top"><table class="tot" style="width:100%"><tr><td>Total (excl. SST)</td><td class="r">{{ net }}</td></tr><tr><td>Sindh Sales Tax @ 15%</td><td class="r">{{ tax }}</td></tr>
<tr style="font-weight:bold;font-size:10.4pt;border-top:2px solid {{ color }}"><td>Grand Total (Rs)</td><td class="r">{{ total }}</td></tr>
{% if adv %}<tr><td>Less: Advance received (Receipt {{ adv_rcpt }} dated {{ adv_d }})</td><td class="r">({{ adv }})</td></tr><tr style="font-weight:bold"><td>Balance Payable</td><td class="r">{{ bal }}</td></tr>{% endif %}</table></td></tr></table>
<div class="small" style="margin-top:14px">Sindh Sales Tax on Services charged under the Sindh Sales Tax on Services Act, 2011. Income tax, if any, to be withheld by the customer as per law. Breakage and damage will be charged separately. This is a computer generated bill.</div>
<div style="margin-top:22px;font-size:8pt">For {{ vname }}<br><br>______________________<br>Authorised Signatory</div>
</body></html>"""


def _pkr(x):
    return en(x, 0)


@style("01", "pk_sd_karachi_caterer_bill_sst_15_advance")
def s01(rng, i):
    vname, vaddr, color = KH_V[i]
    bname, baddr, kind = KH_B[i]
    d = rand_date(rng)
    menu = lines(rng, KH_MENU, 1, D("50"))
    guests = menu[0]["qty"]
    extra = lines(rng, KH_EXTRA, rng.randint(2, 4), D("50"))
    for x in extra:
        if x["unit"] == "head":
            x["qty"] = guests
            x["amount"] = x["qty"] * x["price"]
    items = menu + extra
    net = sum(x["amount"] for x in items)
    tax = q0(net * D("0.15"))
    total = net + tax
    ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    no = [
        f"INV-{d.year}-{rng.randint(1000, 9999)}",
        f"{rng.randint(100, 999)}/{d.strftime('%y')}",
        f"CDC-{rng.randint(10000, 99999)}",
        f"RP/{d.year}/{rng.randint(100, 999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d-%b-%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: f"{x.day} {x.strftime('%B')} {x.year}",
        lambda x: x.strftime("%d-%b-%Y"),
    ][i]
    fdate = d - dt.timedelta(days=rng.randint(0, 6))
    due = d + dt.timedelta(days=rng.choice([7, 15, 30])) if kind == "PO" else None
    term = None if kind == "PO" else "Balance payable on presentation of this bill"
    po = f"PO-{rng.randint(4500000, 4599999)}" if kind == "PO" else None
    adv = None if i == 3 else q0(total * D(rng.choice([25, 30, 40, 50])) / 100 / 1000) * 1000
    head = [("Bill No.", no), ("Bill Date", fd(d))]
    if po:
        head.append(("Your PO No.", po))
    if due:
        head.append(("Due Date", fd(due)))
    words = f"Rupees {in_words(int(total))} Only"
    func = (
        rng.choice(["Walima reception", "Mehndi", "Annual dinner", "Barat reception", "Staff iftar dinner"])
        if kind is None
        else rng.choice(["Annual dinner", "Staff iftar dinner", "Dealers' conference lunch"])
    )
    ctx = dict(
        color=color,
        vname=vname,
        vaddr=vaddr,
        tel=f"{rng.randint(3400, 3599)}{rng.randint(1000, 9999)}",
        uan=f"{rng.randint(100, 999)}-{rng.randint(100, 999)}",
        ntn=ntn,
        title=["SALES TAX INVOICE", "BILL", "INVOICE", "SALES TAX INVOICE / BILL"][i],
        bname=bname,
        baddr=baddr,
        bntn=f"{digits(rng, 7, True)}-{rng.randint(0, 9)}" if kind == "PO" else None,
        head=head,
        func=func,
        fdate=fd(fdate),
        guests=qstr(guests),
        booking=f"BK-{rng.randint(1000, 9999)}",
        items=[{"d": x["desc"], "q": qstr(x["qty"]), "p": _pkr(x["price"]), "a": _pkr(x["amount"])} for x in items],
        net=_pkr(net),
        tax=_pkr(tax),
        total=_pkr(total),
        words=words,
        adv=_pkr(adv) if adv else None,
        bal=_pkr(total - adv) if adv else None,
        adv_rcpt=f"{rng.randint(1000, 9999)}",
        adv_d=fd(d - dt.timedelta(days=rng.randint(20, 60))),
        pay=(f"Payment by cheque / online transfer by {fd(due)}." if due else f"{term}. Cheques in favour of {vname}."),
        bank=rng.choice(
            [
                "Meezan Bank, Clifton Branch",
                "HBL, Shahrah-e-Faisal Branch",
                "MCB, Gulshan Chowrangi",
                "Bank Alfalah, DHA Phase VI",
            ]
        ),
        iban=f"{rng.randint(10, 99)} {rng.choice(['MEZN', 'HABB', 'MUCB', 'ALFH'])} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
    )
    notes = (
        "Karachi (Sindh, Pakistan) caterer and banquet hall's bill in English, in whole rupees with commas ('1,234,500'), per-head menu rows whose quantity is the guest count, the Sindh Sales Tax on Services 15 % on the whole bill, the total in words in the South Asian system ('Rupees Twelve Lakh ... Only')"
        + (", and an ADVANCE deducted BELOW the total ('Less: Advance received', 'Balance Payable')" if adv else "")
        + ": vendor = the name at the top; vendor_tax_id = 'NTN / SRB Reg. No.' (7 digits and a check digit; the customer's NTN is a decoy). "
        "invoice_number = 'Bill No.'; invoice_date = 'Bill Date' ("
        + ["dd-Mon-yyyy", "dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yyyy"][i]
        + "); the date of the function, the booking number, the advance receipt and its date are decoys. "
        + due_note(due, term, "Due Date")
        + po_note(po, "Your PO No.")
        + "subtotal = 'Total (excl. SST)'; tax = 'Sindh Sales Tax @ 15%'; total = 'Grand Total (Rs)'"
        + (" (the balance after the advance is NOT the total)" if adv else "")
        + ". Currency PKR. Line items: every row (before SST)."
    )
    t = truth(vname, ntn, no, po, d, due, "PKR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, ntn, "Grand Total (Rs)", fd(due) if due else None, words, ctx["bal"]]}
    return t, chk, (KH_HTML.replace("@@BASE@@", css(margin="12mm 14mm", fs="8.6pt")), ctx)


# =========================================================================== 02 Brno wine merchant (DPH 21 % / 12 %, CZK), DUZP, advance below the total
BR_V = [
    ("Vinotéka U Petrova s.r.o.", "Petrov 8, 602 00 Brno", "#7f1d1d"),
    ("Moravské vinné sklepy Mikulov, s.r.o.", "Náměstí 12, 692 01 Mikulov", "#3f6212"),
    ("Vinařství Znojemská brána a.s.", "Obroková 15, 669 02 Znojmo", "#1e3a8a"),
    ("Valtická vinná galerie s.r.o.", "Náměstí Svobody 4, 691 42 Valtice", "#6b21a8"),
]
BR_B = [
    ("Restaurace Stará pošta, s.r.o.", "Kobližná 20, 602 00 Brno"),
    ("Hotel Continental Brno a.s.", "Kounicova 6, 602 00 Brno"),
    ("Delikatesy Zelný trh s.r.o.", "Zelný trh 11, 602 00 Brno"),
    ("Jihomoravský pivovar a vinárna, z.s.", "Masarykova 30, 690 02 Břeclav"),
]
BR_ROWS = [  # (desc, unit, qty lo, qty hi, price lo, price hi, DPH %)
    ("Ryzlink rýnský, pozdní sběr 2023, 0,75 l", "ks", 6, 72, 145, 260, 21),
    ("Pálava, výběr z hroznů 2022, 0,75 l", "ks", 6, 48, 190, 340, 21),
    ("Frankovka, jakostní víno 2023, 0,75 l", "ks", 6, 72, 120, 220, 21),
    ("Modrý Portugal, zemské víno, 1 l", "ks", 6, 60, 95, 160, 21),
    ("Burčák / mošt hroznový, 1 l", "ks", 6, 48, 60, 110, 12),
    ("Sýrová mísa – moravský sýr, kg", "kg", 2, 12, 380, 560, 12),
    ("Klobása od Pálavy, kg", "kg", 2, 10, 320, 460, 12),
    ("Svatební koláčky, 1 kg", "kg", 1, 8, 290, 420, 12),
    ("Degustace s výkladem someliéra", "hod", 1, 4, 1500, 2800, 21),
    ("Doprava Brno a okolí", "km", 10, 80, 18, 28, 21),
]
BR_HTML = """<html lang="cs"><head><meta charset="utf-8"><style>@@BASE@@
.small{font-size:7pt;color:#555} .box{border:1px solid #999;padding:6px} table.it{width:100%;margin-top:10px} table.it th{font-size:7.2pt;text-align:left;border-bottom:1.5px solid {{ color }};padding:3px} table.it th.r{text-align:right} table.it td{padding:3px;font-size:8pt;border-bottom:1px solid #eee} td.r{white-space:nowrap}
table.rek td,table.rek th{border:1px solid #bbb;padding:2px 6px;font-size:7.8pt}
</style></head><body>
<table style="width:100%"><tr><td style="font-size:15pt;font-weight:bold;color:{{ color }}">FAKTURA – DAŇOVÝ DOKLAD</td><td class="r" style="font-size:12pt">č. <b>{{ no }}</b></td></tr></table>
<table style="width:100%;margin-top:8px;border-collapse:separate;border-spacing:0 0"><tr>
<td class="box" style="width:50%;vertical-align:top"><div class="small">Dodavatel</div><b>{{ vname }}</b><br>{{ vaddr }}<br>IČO: {{ ico }} &nbsp; DIČ: {{ dicv }}<br><span class="small">Zapsáno v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka {{ vlozka }}</span></td>
<td class="box" style="vertical-align:top"><div class="small">Odběratel</div><b>{{ bname }}</b><br>{{ baddr }}<br>IČO: {{ bico }} &nbsp; DIČ: CZ{{ bico }}<br><span class="small">Číslo zákazníka {{ cust }}</span></td></tr>
<tr><td class="box" style="vertical-align:top">{% for k, v in pay %}<div><span class="small" style="display:inline-block;width:34mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td>
<td class="box" style="vertical-align:top">{% for k, v in dates %}<div><span class="small" style="display:inline-block;width:48mm">{{ k }}</span> <b>{{ v }}</b></div>{% endfor %}</td></tr></table>
<div style="margin-top:8px;font-size:8pt">Fakturujeme Vám za dodané zboží a služby{% if dl %} dle dodacího listu {{ dl }}{% endif %}:</div>
<table class="it"><tr><th>Označení dodávky</th><th class="r">Množství</th><th class="r">J.cena bez DPH</th><th class="r">Sazba</th><th class="r">Celkem bez DPH</th></tr>
{% for it in items %}<tr><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.r }} %</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table style="width:100%;margin-top:10px"><tr><td style="vertical-align:top"><div class="small">Rekapitulace DPH v Kč</div><table class="rek"><tr><th>Sazba DPH</th><th>Základ</th><th>DPH</th><th>Celkem</th></tr>
{% for r in summary %}<tr><td>{{ r.r }} %</td><td class="r">{{ r.b }}</td><td class="r">{{ r.v }}</td><td class="r">{{ r.g }}</td></tr>{% endfor %}</table></td>
<td style="width:76mm;vertical-align:top"><table style="width:100%;font-size:8.8pt"><tr><td>Celkem bez DPH</td><td class="r">{{ net }} Kč</td></tr><tr><td>DPH celkem</td><td class="r">{{ tax }} Kč</td></tr>
<tr style="font-weight:bold"><td style="border-top:1px solid #333">Celkem s DPH</td><td class="r" style="border-top:1px solid #333">{{ total }} Kč</td></tr>
{% if adv %}<tr><td>Uhrazeno zálohou (ZL {{ zl }})</td><td class="r">−{{ adv }} Kč</td></tr>{% endif %}
<tr style="font-weight:bold;font-size:11pt;background:#f1f1f1"><td>K úhradě</td><td class="r">{{ pay_amt }} Kč</td></tr></table></td></tr></table>
<div class="small" style="margin-top:16px">Vystavil: {{ clerk }} · Tel. +420 {{ tel }} · Převzal: ______________ · Děkujeme za Vaši objednávku. Na zdraví!</div>
</body></html>"""


@style("02", "cz_jm_brno_faktura_dph_21_12_zaloha")
def s02(rng, i):
    vname, vaddr, color = BR_V[i]
    bname, baddr = BR_B[i]
    d = rand_date(rng, start=dt.date(2025, 1, 6))
    items = (
        lines(rng, BR_ROWS[:4], rng.randint(2, 4), D("5"))
        + lines(rng, BR_ROWS[4:8], rng.randint(1, 3), D("5"))
        + lines(rng, BR_ROWS[8:], rng.randint(0, 2), D("1"))
    )
    for x in items:
        x["rate"] = D(x["extra"])
    summary = by_rate(items)
    net = sum(b for _r, b, _v in summary)
    tax = sum(v for _r, _b, v in summary)
    total = net + tax
    ico = valid_id(rng, 8, lambda s: dic.is_valid(s))
    dicv = "CZ" + ico
    no = [
        f"{d.year}{rng.randint(100, 999):04d}",
        f"FV{d.strftime('%y')}{rng.randint(1000, 9999)}",
        f"{d.year}-{rng.randint(10, 999):03d}",
        f"{rng.randint(250000, 269999)}",
    ][i]
    vs = "".join(c for c in no if c.isdigit())
    fd = [
        lambda x: x.strftime("%d.%m.%Y"),
        cs_date,
        lambda x: x.strftime("%d.%m.%Y"),
        lambda x: f"{x.day}.{x.month}.{x.year}",
    ][i]
    duzp = d - dt.timedelta(days=rng.randint(0, 6))
    due = d + dt.timedelta(days=rng.choice([14, 14, 21, 30])) if i != 2 else None
    term = None if due else "Zaplaceno platební kartou"
    po = [None, f"OBJ-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500, 4999)}/{d.year}"][i]
    adv = D(rng.choice([2000, 3000, 5000, 10000])) if i in (1, 3) else None
    dates = [("Datum vystavení", fd(d)), ("Datum uskutečnění zdaň. plnění", fd(duzp))]
    if due:
        dates.append(("Datum splatnosti", fd(due)))
    if po:
        dates.append(("Vaše objednávka č.", po))
    pay = [("Forma úhrady", "převodním příkazem" if due else "platební kartou")]
    if due:
        pay += [
            ("Bankovní účet", f"{rng.randint(100000, 9999999)}/{rng.choice(['0100', '0800', '0300', '2010'])}"),
            ("Variabilní symbol", vs),
            ("Konstantní symbol", "0308"),
        ]
    m = sp
    ctx = dict(
        color=color,
        no=no,
        vname=vname,
        vaddr=vaddr,
        ico=ico,
        dicv=dicv,
        vlozka=rng.randint(10000, 99999),
        bname=bname,
        baddr=baddr,
        bico=digits(rng, 8, True),
        cust=f"{rng.randint(100, 999)}",
        pay=pay,
        dates=dates,
        dl=f"DL{rng.randint(10000, 99999)}" if rng.random() < 0.7 else None,
        items=[
            {
                "d": x["desc"],
                "q": qstr(x["qty"]) + " " + x["unit"],
                "p": m(x["price"]),
                "r": str(x["rate"]),
                "a": m(x["amount"]),
            }
            for x in items
        ],
        summary=[{"r": str(r), "b": m(b), "v": m(v), "g": m(b + v)} for r, b, v in summary],
        net=m(net),
        tax=m(tax),
        total=m(total),
        adv=m(adv) if adv else None,
        zl=f"ZL{d.strftime('%y')}{rng.randint(100, 999)}",
        pay_amt=m(total - adv) if adv else m(total),
        clerk=rng.choice(["Jana Horáková", "Petr Dvořák", "Lucie Novotná", "Tomáš Svoboda"]),
        tel=f"{rng.randint(600, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
    )
    notes = (
        "Brno / South Moravia wine merchant's FAKTURA – DAŇOVÝ DOKLAD in Czech, in koruny with spaces ('1 234,50 Kč'), DPH 21 % on wine, tastings and transport and 12 % on food and must, a 'Rekapitulace DPH' per rate"
        + (
            ", and an ADVANCE already paid deducted BELOW the total ('Uhrazeno zálohou (ZL …)', then 'K úhradě')"
            if adv
            else ""
        )
        + ": vendor = the 'Dodavatel' box; vendor_tax_id = its 'DIČ' (CZ + the IČO; the IČO alone, the buyer's IČO and DIČ and the court register entry are decoys). "
        "invoice_number = 'č.' after the title (the 'Variabilní symbol' repeats its digits); invoice_date = 'Datum vystavení' ("
        + ["dd.mm.yyyy", "Czech words ('12. března 2026')", "dd.mm.yyyy", "d.m.yyyy"][i]
        + "); the 'Datum uskutečnění zdaň. plnění' (date of the taxable supply) is another date, a decoy; the delivery note and customer number are decoys. "
        + due_note(due, term, "Datum splatnosti")
        + po_note(po, "Vaše objednávka č.")
        + "subtotal = 'Celkem bez DPH'; tax = 'DPH celkem'; total = 'Celkem s DPH'"
        + (" (the 'K úhradě' after the advance is NOT the total)" if adv else " (= 'K úhradě')")
        + ". Currency CZK. Line items: every row (net of DPH)."
    )
    t = truth(vname, dicv, no, po, d, due, "CZK", net, tax, total, items, notes)
    chk = {"printed": [fd(d), fd(duzp), no, vname, dicv, "Celkem s DPH", fd(due) if due else None, ctx["pay_amt"]]}
    return t, chk, (BR_HTML.replace("@@BASE@@", css(margin="12mm 13mm", fs="8.6pt")), ctx)

"""fpdf2 styles for set 60, first part (06 Zamość FAKTURA VAT of a haulier on a LANDSCAPE page with a FULLY RULED table
of routes, CMR numbers and weights, VAT 23 %, two in euros with the VAT converted to złoty at the NBP rate; 07 Masvingo
professional-services TAX INVOICE of fee rows by date and fee earner with descriptions WRAPPED over two or three lines,
VAT 15 %, two over TWO PAGES with a carried-forward sum, a retainer deducted on two and a ZiG counter-value; 08 Zlín
FAKTURA – DAŇOVÝ DOKLAD with a RIGHT SIDEBAR of labels above their values, a table WITHOUT RULES, DPH 21 % / 12 %, one
of four an OPRAVNÝ DAŇOVÝ DOKLAD (credit note))."""

# ruff: noqa: E501, C901

import datetime as dt
import textwrap
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban
from invoice_kit import de, digits, en, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt, valid
from kit_common import due_note, frame, po_note, truth, wrap
from stdnum.cz import dic as czdic
from stdnum.pl import nip, regon

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Zamość (VAT 23 %, PLN or EUR), landscape, fully ruled
ZA_V = [
    ("TRANS-ROZTOCZE Sp. z o.o.", "ul. Hrubieszowska 102, 22-400 Zamość", (22, 78, 99)),
    ("Przedsiębiorstwo Spedycyjne HETMAN S.A.", "ul. Lubelska 61, 22-400 Zamość", (127, 29, 29)),
    ("Logistyka Padwa Sp. z o.o.", "ul. Przemysłowa 9, 22-400 Zamość", (30, 64, 175)),
    ("Przewozy Chłodnicze Szczebrzeszyn Sp. k.", "ul. Zamojska 40, 22-460 Szczebrzeszyn (pow. zamojski)", (21, 94, 62)),
]
ZA_B = [("Mleczarnia Krasnystaw S.A.", "ul. Okrzei 12, 22-300 Krasnystaw", None), ("Nordhafen Logistik GmbH", "Am Sandtorkai 30, 20457 Hamburg, Niemcy", "DE"),
        ("Browar Lubelski Sp. z o.o.", "ul. Bernardyńska 15, 20-109 Lublin", None), ("Fruchthof Leipzig GmbH", "Torgauer Str. 90, 04318 Leipzig, Niemcy", "DE")]
ZA_ROUTES = ["Zamość – Hamburg (DE)", "Zamość – Warszawa", "Szczebrzeszyn – Leipzig (DE)", "Zamość – Gdańsk", "Tomaszów Lub. – Poznań", "Zamość – Rzeszów", "Hrubieszów – Wrocław", "Zamość – Łódź"]
ZA_SVC = [("Transport drogowy FTL, naczepa plandeka", "kurs", 1, 3, 2800, 9400), ("Transport chłodniczy +2/+6 °C", "kurs", 1, 2, 3200, 11800), ("Transport drobnicowy LTL", "kurs", 1, 4, 650, 2400),
          ("Przestój pojazdu ponad limit", "godz.", 2, 12, 45, 90), ("Załadunek / rozładunek HDS", "usł.", 1, 3, 150, 420), ("Dodatek paliwowy", "kurs", 1, 3, 120, 480)]


@style("06", "pl_zam_zamosc_faktura_vat_23_freight_landscape_ruled_eur_pln")
def s06(rng, i):
    vname, vaddr, color = ZA_V[i]
    bname, baddr, bcc = ZA_B[i]
    eur = bcc == "DE"
    d = rand_date(rng)
    fx = D(rng.randint(41500, 43500)) / 10000
    items = []
    for k, (desc, unit, qlo, qhi, lo, hi) in enumerate(rng.sample(ZA_SVC[:3], 2) + rng.sample(ZA_SVC[3:], rng.randint(1, 2))):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi)) / (fx if eur else 1)
        p = q2(p) if unit == "godz." else D(5) * int(p / 5)
        freight = k < 2
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": 23,
                      "route": rng.choice(ZA_ROUTES) if freight else "", "cmr": f"CMR {rng.randint(100000, 999999)}" if freight else "", "kg": f"{rng.randint(800, 24000):,}".replace(",", " ") if freight else ""})
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.23"))
    total = net + tax
    n10 = valid(rng, lambda: "922" + digits(rng, 7), nip.is_valid)
    vid = ("PL" + n10) if eur else f"{n10[:3]}-{n10[3:6]}-{n10[6:8]}-{n10[8:]}"
    reg = valid(rng, lambda: "95" + digits(rng, 7), regon.is_valid)
    bvid = ("DE" + digits(rng, 9, True)) if eur else valid(rng, lambda: "7" + digits(rng, 9), nip.is_valid)
    no = [f"FV/{rng.randint(1, 400)}/{d.month:02d}/{d.year}", f"FV {rng.randint(1000, 4999)}/{d.year}/EXP", f"{rng.randint(1, 300)}/{d.strftime('%m/%Y')}", f"FVE/{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.isoformat(), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "pl"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 21, 30, 45, 60])) if i != 2 else None
    po = [f"ZT/{rng.randint(1000, 9999)}/{d.year}", f"Order {rng.randint(70000000, 79999999)}", None, f"PO-{rng.randint(20000, 29999)}"][i]
    dsvc = d - dt.timedelta(days=rng.randint(1, 6))
    cur = "EUR" if eur else "PLN"
    tax_pln = q2(tax * fx)
    ib = rand_iban(rng, "PL", 24, "1240")

    def render(path):
        pdf = new_fpdf("L", creator="Subiekt nexo PRO")
        pdf.add_page()
        txt(pdf, 10, 9, vname, 13, "B", color=color)
        txt(pdf, 10, 15, vaddr, 8.2)
        txt(pdf, 10, 19, f"NIP: {vid}   REGON: {reg}   KRS: 0000{digits(rng, 6)}   Licencja transportowa nr {rng.randint(10000, 99999)}", 8.2)
        txt(pdf, 10, 23, f"tel. +48 84 {rng.randint(600, 699)} {rng.randint(10, 99)} {rng.randint(10, 99)}   spedycja@{['roztocze', 'hetman', 'padwa', 'chlodnie-szczebrzeszyn'][i]}.pl", 8.2, color=(90, 90, 90))
        txt(pdf, 180, 8, "FAKTURA VAT", 16, "B", w=107, align="R", color=color)
        txt(pdf, 180, 15, f"nr {no}", 11, "B", w=107, align="R")
        txt(pdf, 180, 20.5, "ORYGINAŁ", 7.5, w=107, align="R", color=(120, 120, 120))
        # boxed grid of facts, label beside value
        facts = [("Miejsce wystawienia:", "Zamość"), ("Data wystawienia:", fd(d)), ("Data wykonania usługi:", fd(dsvc)),
                 ("Termin płatności:", fd(due) if due else "zapłacono gotówką"), ("Sposób płatności:", "przelew" if due else "gotówka"), ("Zlecenie klienta nr:", po or "—")]
        pdf.set_draw_color(*color)
        x0, y0, cw, rh = 10, 29, 92.3, 6.2
        for k, (lab, val) in enumerate(facts):
            cx, cy = x0 + (k % 3) * cw, y0 + (k // 3) * rh
            pdf.rect(cx, cy, cw, rh)
            txt(pdf, cx + 1.5, cy + 1.6, lab, 7.6, color=(90, 90, 90))
            txt(pdf, cx + 40, cy + 1.5, val, 8.2, "B", w=cw - 41)
        yb = y0 + 2 * rh + 4
        for k, (head, lines_) in enumerate((("Sprzedawca", [vname, vaddr, f"NIP: {vid}", f"Rachunek: {group4(ib)}", "Bank Pekao S.A. O/Zamość"]),
                                            ("Nabywca", [bname, baddr, f"{'USt-IdNr.' if eur else 'NIP'}: {bvid}", f"Nr klienta: K-{rng.randint(1000, 9999)}"]))):
            cx = 10 + k * 139
            pdf.rect(cx, yb, 138, 27)
            pdf.set_fill_color(*color)
            pdf.rect(cx, yb, 138, 5, "F")
            txt(pdf, cx + 2, yb + 1, head, 8, "B", color=(255, 255, 255))
            for m, ln in enumerate(lines_):
                txt(pdf, cx + 2, yb + 6.5 + m * 4, ln, 8, "B" if m == 0 else "")
        cols = [("Lp.", 8, "C"), ("Nazwa usługi", 54, "L"), ("Trasa", 42, "L"), ("Nr CMR", 22, "L"), ("Waga kg", 20, "R"), ("Ilość", 12, "R"), ("J.m.", 12, "C"),
                ("Cena netto", 22, "R"), ("Wartość netto", 24, "R"), ("VAT %", 12, "R"), ("Kwota VAT", 20, "R"), ("Wartość brutto", 28, "R")]
        rows = [[str(k + 1), wrap(x["desc"], 30), x["route"], x["cmr"], x["kg"], qstr(x["qty"]), x["unit"], sp(x["price"]), sp(x["amount"]), "23%", sp(q2(x["amount"] * D("0.23"))),
                 sp(x["amount"] + q2(x["amount"] * D("0.23")))] for k, x in enumerate(items)]
        yt = yb + 32
        y = table(pdf, 10, yt, cols, rows, size=7.4, rowh=6, header_fill=(236, 240, 243), line_color=(60, 60, 60))
        frame(pdf, 10, yt, y, cols, color=(60, 60, 60))
        # rate summary, ruled, under the amount columns
        sx = 10 + sum(c[1] for c in cols[:8])
        scols = [("Stawka", 22, "L"), ("Netto", 24, "R"), ("", 12, "R"), ("VAT", 20, "R"), ("Brutto", 28, "R")]
        sx -= 22
        ys = y + 3
        y2 = table(pdf, sx, ys, scols, [["23%", sp(net), "", sp(tax), sp(total)], ["Razem", sp(net), "", sp(tax), sp(total)]], size=7.6, rowh=5.6, line_color=(60, 60, 60))
        frame(pdf, sx, ys, y2, scols, color=(60, 60, 60))
        txt(pdf, 10, y + 4, f"Razem do zapłaty: {sp(total)} {cur}", 11, "B", color=color)
        yy = y + 11
        if eur:
            txt(pdf, 10, yy, f"Kwota VAT przeliczona na PLN wg średniego kursu NBP z dnia {fd(dsvc - dt.timedelta(days=1))}, tabela nr {rng.randint(10, 250):03d}/A/NBP/{d.year}:", 7.8)
            txt(pdf, 10, yy + 4, f"1 EUR = {de(fx, 4)} PLN;  VAT: {sp(tax_pln)} PLN", 7.8, "B")
            yy += 9
        if not eur and total > 15000:
            txt(pdf, 10, yy, "Mechanizm podzielonej płatności", 8, "B")
            yy += 5
        txt(pdf, 10, yy, "Uwagi: dokumenty CMR w załączeniu. Reklamacje przyjmujemy w terminie 7 dni od daty rozładunku.", 7.6, color=(80, 80, 80))
        for k, lab in enumerate(("Osoba upoważniona do odbioru", "Osoba upoważniona do wystawienia")):
            pdf.set_draw_color(120, 120, 120)
            pdf.line(20 + k * 150, 186, 110 + k * 150, 186)
            txt(pdf, 20 + k * 150, 187.5, lab, 7, w=90, align="C", color=(100, 100, 100))
        txt(pdf, 10, 200, "Strona 1/1", 7, w=277, align="R", color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Zamość (Poland) FAKTURA VAT of a haulier on a LANDSCAPE page: the facts in a boxed grid, each LABEL BESIDE its value; Sprzedawca and Nabywca boxes; a FULLY RULED table (Lp., route, CMR number, weight in kg, net, VAT, gross per row) and a ruled rate summary; VAT 23 %; '1 234,56'. "
        f"vendor = the name at the top left; vendor_tax_id = 'NIP' ({'PL-prefixed' if eur else 'with dashes'}; the REGON, the KRS, the transport licence, the bank account and the buyer's {'USt-IdNr.' if eur else 'NIP'} are decoys). "
        "invoice_number = after 'FAKTURA VAT nr'; invoice_date = 'Data wystawienia' (the 'Data wykonania usługi' is a decoy; the CMR numbers and weights are decoys). "
        + due_note(due, "zapłacono gotówką", "Termin płatności")
        + po_note(po, "Zlecenie klienta nr")
        + "subtotal = 'Netto' of 'Razem'; tax = 'VAT' of 'Razem'; total = 'Razem do zapłaty' (= 'Brutto'). "
        + (f"Currency EUR; the VAT converted to PLN at the NBP rate ({sp(tax_pln)} PLN) is a counter-value (decoy). " if eur else "Currency PLN. ")
        + "Line items: every row, amount = 'Wartość netto'."
    )
    t = truth(vname, vid, no, po, d, due, cur, net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, fd(dsvc), bvid, fd(due) if due else None, sp(tax_pln) if eur else None, "Razem do zapłaty"]}
    return t, chk, render


# =========================================================================== 07 Masvingo (VAT 15 %, USD), professional fees with wrapped descriptions, two pages on two
MV_V = [
    ("Great Zimbabwe Consulting Engineers (Pvt) Ltd", "GZCE", "Stand 1402 Robert Mugabe Street, Masvingo", (120, 53, 15)),
    ("Mucheke & Partners, Chartered Accountants", "MP", "2nd Floor, Mutare House, Hughes Street, Masvingo", (30, 58, 138)),
    ("Mutirikwi Land Surveyors (Pvt) Ltd", "MLS", "14 Leopold Takawira Avenue, Masvingo", (22, 101, 52)),
    ("Makombe, Shumba & Associates, Legal Practitioners", "MSA", "Office 7, Chivi Road Business Centre, Masvingo", (88, 28, 135)),
]
MV_B = [("Masvingo City Council", "Department of Engineering Services, P.O. Box 17, Masvingo"), ("Tokwe-Mukosi Irrigation Co-operative", "Private Bag 9012, Chivi"),
        ("Lowveld Sugar Estates (Pvt) Ltd", "Hippo Valley Road, Chiredzi"), ("Nyika Growth Point Traders (Pvt) Ltd", "Stand 55, Nyika, Bikita")]
MV_STAFF = [[("Eng. T. Moyo", 120), ("Eng. R. Chikore", 85), ("Tech. P. Gumbo", 45)], [("T. Mucheke CA(Z)", 110), ("F. Dube", 70), ("N. Sibanda", 40)],
            [("L. Mutasa", 95), ("B. Zhou", 60), ("Chainman crew", 35)], [("Adv. K. Makombe", 150), ("S. Shumba", 95), ("Paralegal R. Ncube", 40)]]
MV_TASK = [
    ["Site inspection of the sewer reticulation works at Mucheke high-density suburb", "review of the contractor's progress claim and measurement of completed manholes",
     "preparation of the structural design for the 500 m³ elevated water tank", "meeting with the council's water and sanitation committee", "checking shop drawings for reinforcement of the pump house slab",
     "drafting of the monthly progress report with photographs", "soil test results review and foundation recommendations"],
    ["Audit planning meeting with the co-operative's board", "testing of member loan balances and confirmations", "review of irrigation levy receipts against bank statements",
     "preparation of the draft annual financial statements", "ZIMRA correspondence on the QPD assessments", "stock count attendance at the Chivi depot", "management letter drafting and discussion"],
    ["Cadastral survey of the cane fields, section 14", "beacon search and re-establishment along the estate boundary", "GNSS control network observations and adjustment",
     "compilation of the general plan for lodging with the Surveyor-General", "topographical survey of the proposed canal alignment", "preparation of diagrams and survey records", "meeting with the estate manager on boundary queries"],
    ["Perusal of the lease agreement and the schedule of dilapidations", "drafting of the letter of demand to the tenant", "attendance at the Masvingo Magistrates Court for the eviction application",
     "preparation of the founding affidavit and annexures", "telephone attendance on the client and the other side's legal practitioners", "conveyancing searches at the Deeds Registry", "drafting of the sale agreement for stand 55"],
]


def _mv_desc(rng, tasks):
    a, b = rng.sample(tasks, 2)
    return f"{a[0].upper()}{a[1:]}; {b[0].lower()}{b[1:]}" + rng.choice(["", " as instructed", ", including travel time", ", with notes to file"])


@style("07", "zw_mvg_masvingo_tax_invoice_vat_15_fees_wrapped_two_pages_retainer_zwg")
def s07(rng, i):
    vname, pre, vaddr, color = MV_V[i]
    bname, baddr = MV_B[i]
    d = rand_date(rng)
    two = i in (1, 3)
    n = rng.randint(15, 19) if two else rng.randint(4, 7)
    start = d - dt.timedelta(days=40)
    dates = sorted(start + dt.timedelta(days=rng.randint(0, 35)) for _ in range(n))
    items = []
    for k in range(n):
        who, rate = rng.choice(MV_STAFF[i])
        q = D(rng.randint(2, 32)) / 4
        items.append({"date": dates[k], "who": who, "desc": _mv_desc(rng, MV_TASK[i]), "qty": q, "price": D(rate), "amount": q2(q * rate), "fee": True})
    km = D(rng.randint(80, 420))
    items.append({"date": dates[-1], "who": "", "desc": f"Disbursement: motor vehicle mileage, {km} km at the AA Zimbabwe rate", "qty": km, "price": D("0.55"), "amount": q2(km * D("0.55")), "fee": False})
    fees = sum(x["amount"] for x in items if x["fee"])
    disb = sum(x["amount"] for x in items if not x["fee"])
    net = fees + disb
    tax = q2(net * D("0.15"))
    total = net + tax
    ret = D(rng.choice([500, 1000, 1500, 2000])) if i in (0, 3) else None
    while ret and ret > total:
        ret -= 250
    vid = "10" + digits(rng, 6)
    bp = "200" + digits(rng, 7)
    bvid = "10" + digits(rng, 6)
    no = f"{pre}/INV/{d.year}/{rng.randint(1, 250):03d}" if i != 2 else f"{pre}{d.strftime('%y')}{rng.randint(100, 999)}"
    fd = [lambda x: f"{x.day} {x.strftime('%B')} {x.year}", lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=rng.choice([14, 30])) if i in (0, 1) else None
    po = [f"MCC/ENG/{rng.randint(100, 999)}/{d.year}", None, f"PO {rng.randint(4500000, 4599999)}", None][i]
    matter = f"{pre}-{rng.randint(1000, 9999)}"
    zwg_rate = D(rng.randint(265000, 275000)) / 10000
    zwg = q2(total * zwg_rate)

    def render(path):
        pdf = new_fpdf(creator="Pastel Partner")
        cols = [("Date", 20, "L"), ("Fee earner", 30, "L"), ("Description of work", 80, "L"), ("Qty / hrs", 16, "R"), ("Rate US$", 18, "R"), ("Amount US$", 24, "R")]
        x0 = 11

        def head_row(y):
            pdf.set_fill_color(*color)
            pdf.rect(x0, y, 188, 6.5, "F")
            cx = x0
            for t_, w, al in cols:
                txt(pdf, cx + 1, y + 1.5, t_, 7.6, "B", w=w - 2, align=al, color=(255, 255, 255))
                cx += w
            return y + 7.5

        def foot(pg, of):
            pdf.set_draw_color(*color)
            pdf.line(11, 283, 199, 283)
            txt(pdf, 11, 284.5, f"{vname} · VAT Reg. No. {vid} · BP No. {bp}", 6.8, color=(90, 90, 90))
            txt(pdf, 150, 284.5, f"Page {pg} of {of}", 6.8, w=49, align="R", color=(90, 90, 90))

        pdf.add_page()
        txt(pdf, 11, 10, vname, 14, "B", font="Serif", color=color)
        txt(pdf, 11, 17, vaddr + " · Tel. +263 39 2 26" + digits(rng, 3) + f" · accounts@{pre.lower()}.co.zw", 7.8)
        txt(pdf, 11, 21, f"VAT Reg. No. {vid}   ZIMRA BP No. {bp}   Co. Reg. No. {rng.randint(100, 9999)}/{rng.randint(1995, 2020)}", 7.8)
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(11, 26, 199, 26)
        pdf.set_line_width(0.2)
        txt(pdf, 11, 31, "TAX INVOICE", 15, "B", color=color)
        txt(pdf, 11, 40, "To:", 8, color=(90, 90, 90))
        txt(pdf, 20, 40, bname, 9, "B")
        txt(pdf, 20, 44.5, baddr, 8)
        txt(pdf, 20, 49, f"Client VAT No. {bvid}", 8)
        facts = [("Invoice No.:", no), ("Invoice date:", fd(d)), ("Matter / project:", matter), ("Your order no.:", po), ("Payment due:", fd(due) if due else None),
                 ("Period:", f"{fd(dates[0])} to {fd(dates[-1])}")]
        y = 31
        for lab, val in facts:
            if val is None:
                continue
            txt(pdf, 118, y, lab, 8, color=(90, 90, 90))
            txt(pdf, 148, y, val, 8.4, "B", w=51)
            y += 4.6
        y = max(y, 55) + 5
        txt(pdf, 11, y, f"Professional services rendered in the matter above ({'two pages' if two else 'one page'}).", 8, "I")
        y = head_row(y + 6)
        pages = 2 if two else 1
        run = D(0)
        for x in items:
            dl = textwrap.wrap(x["desc"], 50)
            h = 1.6 + len(dl) * 3.6
            if y + h > 268:
                pdf.set_draw_color(*color)
                pdf.line(x0, y + 0.5, x0 + 188, y + 0.5)
                txt(pdf, 110, y + 2, "Carried forward", 8.2, "B")
                txt(pdf, 175, y + 2, en(run), 8.2, "B", w=24, align="R")
                txt(pdf, 11, 272, "continued overleaf", 7.4, "I", color=(90, 90, 90))
                foot(1, pages)
                pdf.add_page()
                txt(pdf, 11, 12, f"{vname} – tax invoice {no} (continued)", 9, "B", color=color)
                y = head_row(20)
                txt(pdf, 110, y, "Brought forward", 8.2, "B")
                txt(pdf, 175, y, en(run), 8.2, "B", w=24, align="R")
                y += 6
            cx = x0
            vals = [fd(x["date"]) if i != 0 else x["date"].strftime("%d/%m/%y"), x["who"], None, qstr(x["qty"]), en(x["price"]), en(x["amount"])]
            for (_t, w, al), v in zip(cols, vals, strict=True):
                if v is None:
                    for m, ln in enumerate(dl):
                        txt(pdf, cx + 1, y + m * 3.6, ln, 7.6, w=w - 2)
                else:
                    txt(pdf, cx + 1, y, v, 7.6, w=w - 2, align=al)
                cx += w
            run += x["amount"]
            y += h
            pdf.set_draw_color(215, 215, 215)
            pdf.line(x0, y - 0.8, x0 + 188, y - 0.8)
        y += 4
        rows = [("Professional fees", en(fees), False), ("Disbursements", en(disb), False), ("Total excl. VAT", en(net), True), ("VAT @ 15%", en(tax), False), ("Total incl. VAT (US$)", en(total), True)]
        if ret:
            rows += [(f"Less: retainer received (receipt R{rng.randint(1000, 9999)})", f"-{en(ret)}", False), ("Balance due (US$)", en(total - ret), True)]
        for lab, val, bold in rows:
            if bold:
                pdf.set_draw_color(*color)
                pdf.line(120, y - 1, 199, y - 1)
            txt(pdf, 100, y, lab, 8.6, "B" if bold else "", w=72, align="R")
            txt(pdf, 173, y, val, 8.6, "B" if bold else "", w=26, align="R")
            y += 5.4
        y += 3
        txt(pdf, 11, y, f"For information: ZWG equivalent at the RBZ interbank rate of {de(zwg_rate, 4).replace(',', '.')} on {fd(d)}: ZWG {en(zwg)}.", 7.6)
        txt(pdf, 11, y + 4.5, f"Banking details: CBZ Bank, Masvingo branch, US$ nostro account {digits(rng, 5, True)}{digits(rng, 8)}. Please quote {no} with your payment.", 7.6)
        txt(pdf, 11, y + 9, "Terms: " + ("payment by the due date above." if due else "payable on presentation.") + " Interest at 5% per annum on overdue accounts.", 7.6, color=(90, 90, 90))
        foot(pages, pages)
        pdf.output(path)

    notes = (
        "Masvingo (Zimbabwe) professional-services TAX INVOICE in English: fee rows by date and fee earner with DESCRIPTIONS WRAPPED over two to three lines, hours in quarters, a mileage disbursement row; "
        + ("OVER TWO PAGES with 'Carried forward' / 'Brought forward' sums (decoys) and the totals on page 2; " if two else "one page; ")
        + "VAT 15 %; US dollars '1,234.56'. vendor = the name in the letterhead; vendor_tax_id = 'VAT Reg. No.' (the ZIMRA BP number, the company registration, the client's VAT number, the matter number and the bank account are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice date' (the row dates and the period are decoys). "
        + due_note(due, "payable on presentation", "Payment due")
        + po_note(po, "Your order no.")
        + "subtotal = 'Total excl. VAT' (fees plus disbursements; 'Professional fees' and 'Disbursements' are its parts); tax = 'VAT @ 15%'; total = 'Total incl. VAT (US$)'."
        + (" A RETAINER is deducted below the total; 'Balance due' is a decoy." if ret else "")
        + " The ZWG amount at the RBZ rate is a counter-value (decoy). Currency USD. Line items: every fee row and the disbursement."
    )
    t = truth(vname, vid, no, po, d, due, "USD", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, bp, bvid, matter, en(zwg), fd(due) if due else None, en(total - ret) if ret else None, "Page 2 of 2" if two else "Page 1 of 1"]}
    return t, chk, render


# =========================================================================== 08 Zlín (DPH 21/12, CZK), right sidebar of labels above values, unruled table, a credit note
ZL_V = [
    ("ZLÍNSKÁ OBUVNICKÁ s.r.o.", "třída Tomáše Bati 1970, 760 01 Zlín", (180, 83, 9)),
    ("Valašská tiskárna s.r.o.", "Vavrečkova 5262, 760 01 Zlín", (15, 118, 110)),
    ("Kalibra Zlín a.s.", "Štefánikova 3045, 760 01 Zlín", (55, 48, 163)),
    ("Moravská strojírna Malenovice s.r.o.", "Tř. 3. května 1180, 763 02 Zlín-Malenovice", (159, 18, 57)),
]
ZL_B = [("Obuv Morava, s.r.o.", "Masarykovo nám. 14, 686 01 Uherské Hradiště"), ("Krajská knihovna Františka Bartoše", "Vavrečkova 7040, 760 01 Zlín"),
        ("Fatra Plast, a.s.", "tř. T. Bati 1541, 763 61 Napajedla"), ("Slovácké strojírny, a.s.", "Velehradská 2320, 686 01 Uherské Hradiště")]
ZL_ROWS = [
    [("Pánská kožená obuv, model Batista, pár", "pár", 10, 120, 890, 1690, 21), ("Dětské sandály zdravotní", "pár", 10, 80, 490, 890, 21), ("Vložky ortopedické", "pár", 20, 200, 89, 190, 21), ("Impregnace na kůži 250 ml", "ks", 12, 120, 79, 149, 21)],
    [("Tisk katalogu A4, 32 stran, vazba V1", "ks", 200, 2000, 18, 42, 21), ("Kniha – regionální historie, pevná vazba", "ks", 50, 500, 160, 290, 12), ("Plakáty A2, 4/0", "ks", 50, 500, 12, 30, 21), ("Grafická příprava", "hod", 2, 20, 650, 950, 21)],
    [("Kalibrace posuvného měřidla do 300 mm", "ks", 2, 30, 350, 690, 21), ("Kalibrace mikrometru", "ks", 2, 20, 390, 780, 21), ("Kalibrace tlakoměru, protokol", "ks", 1, 12, 890, 1490, 21), ("Doprava měřidel, svoz", "km", 20, 200, 12, 18, 21)],
    [("Svařovaný rám dle výkresu 24-117", "ks", 1, 20, 4800, 18500, 21), ("Obrábění na CNC, strojní hodina", "hod", 4, 60, 980, 1450, 21), ("Povrchová úprava – prášková barva", "m²", 10, 200, 180, 320, 21), ("Montáž u zákazníka", "hod", 2, 24, 690, 890, 21)],
]


@style("08", "cz_zln_zlin_faktura_dph_21_12_sidebar_right_unruled_dobropis")
def s08(rng, i):
    vname, vaddr, color = ZL_V[i]
    bname, baddr = ZL_B[i]
    credit = i == 2
    cash = i == 1
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi, rate in rng.sample(ZL_ROWS[i], [3, 4, 3, 4][i]):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo, hi))
        items.append({"desc": desc, "unit": unit, "qty": -q if credit else q, "price": p, "amount": q2((-q if credit else q) * p), "rate": rate})
    rates = by_rate(items)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    ico = valid(rng, lambda: digits(rng, 8, True), czdic.is_valid)
    vid = "CZ" + ico
    bico = valid(rng, lambda: digits(rng, 8, True), czdic.is_valid)
    no = [f"{d.year}{rng.randint(1, 999):04d}", f"FV-{d.year % 100}{rng.randint(100, 999)}", f"{d.year % 100}9{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(1000, 2999)}"][i]
    vs = "".join(c for c in no if c.isdigit())
    fd = [lambda x: f"{x.day}. {x.month}. {x.year}", lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}.{x.month}.{x.year}"][i]
    due = None if cash else d + dt.timedelta(days=rng.choice([14, 14, 30]))
    po = [f"OBJ-{rng.randint(1000, 9999)}", None, f"{rng.randint(4500000, 4599999)}", f"{rng.randint(100, 999)}/{d.year}"][i]
    duzp = d - dt.timedelta(days=rng.randint(0, 10))
    orig = f"{d.year % 100}0{rng.randint(10000, 99999)}" if credit else None
    origd = fd(d - dt.timedelta(days=rng.randint(15, 60)))
    acct = f"{rng.randint(100000, 9999999)}/0800"
    ib = rand_iban(rng, "CZ", 20, "0800")
    cz = lambda x: sp(x) + " Kč"  # noqa: E731
    tot_l = "K vrácení" if credit else ("Uhrazeno" if cash else "K úhradě")

    def render(path):
        pdf = new_fpdf(creator="Pohoda")
        pdf.add_page()
        lfont_ = "DVC"
        sx = 142
        pdf.set_fill_color(*[int(c * 0.12 + 255 * 0.88) for c in color])
        pdf.rect(sx, 0, 68, 297, "F")
        pdf.set_fill_color(*color)
        pdf.rect(sx, 0, 2, 297, "F")
        title = "OPRAVNÝ DAŇOVÝ DOKLAD" if credit else "FAKTURA – DAŇOVÝ DOKLAD"
        txt(pdf, 12, 12, title, 15 if not credit else 13.5, "B", color=color)
        txt(pdf, 12, 22, "Dodavatel", 7.2, color=(110, 110, 110))
        txt(pdf, 12, 26, vname, 11, "B")
        txt(pdf, 12, 31.5, vaddr, 8.4)
        txt(pdf, 12, 36, f"IČO: {ico}    DIČ: {vid}", 8.4)
        txt(pdf, 12, 40.5, f"Zapsána v OR u Krajského soudu v Brně, oddíl C, vložka {rng.randint(10000, 99999)}", 7.2, color=(110, 110, 110))
        txt(pdf, 12, 50, "Odběratel", 7.2, color=(110, 110, 110))
        txt(pdf, 12, 54, bname, 10, "B")
        txt(pdf, 12, 59, baddr, 8.4)
        txt(pdf, 12, 63.5, f"IČO: {bico}    DIČ: CZ{bico}", 8.4)
        y = 72
        if credit:
            txt(pdf, 12, y, f"Opravný daňový doklad k faktuře č. {orig} ze dne {origd}", 8.4, "B")
            txt(pdf, 12, y + 4.5, "Důvod opravy: vrácení zboží – reklamace (§ 42 zákona o DPH)", 8.4)
            y += 11
        cols = [("Označení dodávky", 58, "L"), ("Množství", 18, "R"), ("MJ", 10, "L"), ("Cena/MJ", 18, "R"), ("DPH", 10, "R"), ("Bez DPH", 16, "R")]
        rows = [[wrap(x["desc"], 34), qstr(x["qty"]), x["unit"], sp(x["price"]), f"{x['rate']} %", sp(x["amount"])] for x in items]
        y = table(pdf, 12, y, cols, rows, size=7.6, font=lfont_, rowh=6.4, header_color=color, border_bottom=False, line_color=(255, 255, 255)) + 6
        txt(pdf, 12, y, "Rekapitulace DPH v Kč", 8, "B", color=color)
        y += 5
        for lab, xx in (("Sazba", 12), ("Základ", 42), ("DPH", 72), ("Celkem", 100)):
            txt(pdf, xx, y, lab, 7.6, "B", w=26, align="L" if lab == "Sazba" else "R")
        y += 4.4
        for r, b, t_ in rates:
            for v, xx in ((f"{r} %", 12), (sp(b), 42), (sp(t_), 72), (sp(b + t_), 100)):
                txt(pdf, xx, y, v, 7.8, w=26, align="L" if xx == 12 else "R")
            y += 4.2
        y += 3
        for lab, v, b in (("Celkem bez DPH", cz(net), ""), ("DPH celkem", cz(tax), ""), ("Celkem s DPH", cz(total), "B")):
            txt(pdf, 12, y, lab, 8.8, b)
            txt(pdf, 76, y, v, 8.8, b, w=50, align="R")
            y += 5
        txt(pdf, 12, 262, f"Vystavil: {rng.choice(['Ing. Petra Vaculíková', 'Jan Zapletal', 'Lenka Machalová'])}   ·   Převzal: ____________", 7.4, color=(90, 90, 90))
        txt(pdf, 12, 267, "Dodavatel je plátcem DPH. Děkujeme za Vaši objednávku.", 7.4, color=(90, 90, 90))
        # sidebar: labels above values
        facts = [("Číslo dokladu", no), ("Variabilní symbol", vs), ("Datum vystavení", fd(d)), ("Datum zdanitelného plnění", fd(duzp)),
                 ("Datum splatnosti", fd(due) if due else None), ("Forma úhrady", "hotově" if cash else "převodem"), ("Číslo objednávky", po),
                 ("Bankovní účet", acct), ("IBAN", group4(ib)), ("SWIFT", "GIBACZPX")]
        yy = 14
        for lab, val in facts:
            if val is None:
                continue
            txt(pdf, sx + 6, yy, lab.upper(), 6.6, color=(100, 100, 100))
            txt(pdf, sx + 6, yy + 3.3, val, 9.4 if lab != "IBAN" else 7.6, "B")
            yy += 11
        yy += 4
        pdf.set_fill_color(*color)
        pdf.rect(sx + 4, yy, 60, 20, "F")
        txt(pdf, sx + 7, yy + 2.5, tot_l, 8, color=(255, 255, 255))
        txt(pdf, sx + 7, yy + 9, cz(total), 13, "B", color=(255, 255, 255), w=54, align="R")
        txt(pdf, sx + 6, 285, "Strana 1/1", 7, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Zlín (Czech Republic) " + ("OPRAVNÝ DAŇOVÝ DOKLAD (credit note: every quantity and amount NEGATIVE, referring to an earlier invoice and its date, decoys)" if credit else "FAKTURA – DAŇOVÝ DOKLAD")
        + " in Czech with a coloured RIGHT SIDEBAR where each LABEL stands ABOVE its value (upper-case labels), a table WITHOUT RULES, a DPH recap per rate; DPH 21 % / 12 %; '1 234,56 Kč'. "
        "vendor = the name under 'Dodavatel'; vendor_tax_id = 'DIČ' (CZ + IČO; the IČO alone, the buyer's IČO and DIČ, the court register, the account number and the IBAN are decoys). "
        "invoice_number = 'Číslo dokladu' (the variable symbol repeats its digits, a decoy); invoice_date = 'Datum vystavení' (the 'Datum zdanitelného plnění' is a decoy). "
        + due_note(due, "hotově", "Datum splatnosti")
        + po_note(po, "Číslo objednávky")
        + f"subtotal = 'Celkem bez DPH'; tax = 'DPH celkem'; total = 'Celkem s DPH' (= '{tot_l}' in the sidebar). Currency CZK ('Kč'). Line items: every row, without DPH."
        + (" document_type credit_note." if credit else "")
    )
    t = truth(vname, vid, no, po, d, due, "CZK", net, tax, total, items, notes)
    if credit:
        t["document_type"] = "credit_note"
    chk = {"printed": [fd(d), no, vname, vid, fd(duzp), f"CZ{bico}", tot_l, orig, fd(due) if due else None]}
    return t, chk, render

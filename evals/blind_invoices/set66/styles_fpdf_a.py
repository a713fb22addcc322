"""fpdf2 styles for set 66, first part (06 České Budějovice freight FAKTURA – DAŇOVÝ DOKLAD in Czech on a LANDSCAPE
page, a boxed grid of facts, a fully ruled table of shipments with weights and pallets, priced in EUR with DPH 21 %,
the totals in a box at the LEFT and the VAT recapitulation in CZK at the ČNB rate beside them; 07 Nyíregyháza SZÁMLA
in Hungarian over TWO PAGES, labels BESIDE the values, whole forints, ÁFA 27 / 18 / 5 %, the page total carried
forward ('Átvitel' / 'Áthozat') and the ÁFA summary and totals on page 2)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import by_rate, group4, long_date, rand_iban, vid
from invoice_kit import new_fpdf, q0, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, lines, para, po_note, truth, wrap
from stdnum.cz import dic as czdic
from stdnum.hu import anum

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 České Budějovice (DPH 21, EUR + CZK), landscape freight invoice
CB_V = [  # (name, address, colour)
    ("Budějovická spedice s.r.o.", "Pražská tř. 2201/44, 370 04 České Budějovice", (30, 64, 120)),
    ("Jihočeská logistika a.s.", "Okružní 1144/3, 370 01 České Budějovice", (120, 40, 30)),
    ("Vltava Cargo s.r.o.", "Lidická tř. 1956/76, 370 01 České Budějovice", (20, 100, 70)),
    ("Lannova doprava a sklady s.r.o.", "Rudolfovská tř. 459/90, 370 01 České Budějovice", (80, 50, 110)),
]
CB_B = [("Madeta Logistik s.r.o.", "Rudolfovská 246/83, 370 50 České Budějovice"), ("Papírny Větřní Trade s.r.o.", "Na Žabinci 62, 382 11 Větřní"),
        ("Budvar Distribuce s.r.o.", "Karoliny Světlé 512/4, 370 04 České Budějovice"), ("Motor Jikov Parts a.s.", "Kněžskodvorská 2277/26, 370 04 České Budějovice")]
CB_ROUTES = ["České Budějovice – Praha-Zličín", "České Budějovice – Plzeň, Borská pole", "Větřní – Brno, Černovice", "České Budějovice – Jihlava", "Týn nad Vltavou – Ostrava-Hrabová",
             "České Budějovice – Hradec Králové", "Český Krumlov – Olomouc", "Tábor – Ústí nad Labem", "České Budějovice – Pardubice", "Písek – Liberec"]
CB_EXTRA = [("Palivový příplatek", "%"), ("Mýtné – elektronické", "km"), ("Prostoj vozidla při nakládce", "hod"), ("Hydraulické čelo – příplatek", "ks"), ("Vystavení CMR a avizace", "ks")]


@style("06", "cz_cbu_ceske_budejovice_faktura_preprava_eur_czk_landscape_totals_left")
def s06(rng, i):
    vname, vaddr, color = CB_V[i]
    bname, baddr = CB_B[i]
    d = rand_date(rng)
    nship = [4, 6, 3, 5][i]
    items = []
    for k, route in enumerate(rng.sample(CB_ROUTES, nship)):
        km = D(rng.randint(90, 560))
        rate = q2(D(rng.randint(95, 165)) / 100)
        load = d - dt.timedelta(days=rng.randint(2, 25))
        items.append({"desc": f"Přeprava {route}", "unit": "km", "qty": km, "price": rate, "amount": q2(km * rate), "load": load,
                      "pal": rng.randint(4, 33), "kg": rng.randint(1800, 24000), "cmr": f"CMR {digits6(rng)}", "k": k})
    for desc, unit in rng.sample(CB_EXTRA, [2, 1, 2, 2][i]):
        q = D(rng.randint(1, 6)) if unit != "km" else D(rng.randint(150, 900))
        p = q2(D(rng.randint(80, 3500)) / 100) if unit != "km" else q2(D(rng.randint(12, 28)) / 100)
        if unit == "%":
            q, p = D(1), q2(sum(x["amount"] for x in items) * D(rng.choice([6, 8, 9])) / 100)
            unit = "pauš."
        items.append({"desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "load": None, "pal": None, "kg": None, "cmr": "", "k": None})
    for x in items:
        x["rate"] = 21
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.21"))
    total = net + tax
    ico = vid(rng, 8, czdic, first_nonzero=False)
    dicv = "CZ" + ico
    bico = vid(rng, 8, czdic, first_nonzero=False)
    no = f"{d.year}{rng.randint(1, 4):02d}{rng.randint(1, 9999):04d}" if i != 2 else f"FV-{d.year % 100}-{rng.randint(100, 999)}"
    vs = "".join(c for c in no if c.isdigit())[-10:]
    fd = [lambda x: x.strftime("%d.%m.%Y"), lambda x: f"{x.day}. {x.month}. {x.year}", lambda x: long_date(x, "cs"), lambda x: x.strftime("%d.%m.%Y")][i]
    duzp = max(x["load"] for x in items if x["load"])
    due = d + dt.timedelta(days=rng.choice([14, 30, 45, 60]))
    po = [f"OBJ-{rng.randint(10000, 99999)}", None, f"{rng.randint(4500000000, 4500999999)}", f"DOP/{d.year}/{rng.randint(100, 999)}"][i]
    kurz = D(rng.choice(["24.285", "24.615", "25.020", "24.930", "24.330"]))
    czk_base, czk_tax = q2(net * kurz), q2(tax * kurz)
    acct_eur = rand_iban(rng, "CZ", 20, "0300")
    acct_czk = f"{rng.randint(100000, 999999)}/{rng.choice(['0100', '0300', '0800'])}"

    def render(path):
        pdf = new_fpdf("L", creator="Pohoda")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 297, 4, "F")
        txt(pdf, 12, 9, vname, 15, "B", color=color)
        para(pdf, 12, 16, 120, f"{vaddr}\nIČO: {ico}   DIČ: {dicv}\nZapsáno v obchodním rejstříku vedeném Krajským soudem v Českých Budějovicích, oddíl C, vložka {rng.randint(1000, 29999)}\nLicence pro silniční motorovou dopravu č. {rng.randint(10000, 99999)}/{rng.randint(2005, 2020)}", 7.6, h=3.8)
        txt(pdf, 150, 9, "FAKTURA – DAŇOVÝ DOKLAD", 15, "B", align="R", w=135)
        txt(pdf, 150, 16, f"číslo {no}", 11, "B", align="R", w=135, color=color)
        # boxed grid of facts
        grid = [("Datum vystavení", fd(d)), ("Datum uskutečnění zdanitelného plnění", fd(duzp)), ("Datum splatnosti", fd(due)), ("Forma úhrady", "převodem"),
                ("Variabilní symbol", vs), ("Konstantní symbol", "0308"), ("Číslo objednávky", po or "—"), ("Měna", "EUR")]
        gx, gy, gw, gh = 12, 36, 34.5, 11
        pdf.set_draw_color(110, 110, 110)
        for k, (lab, val) in enumerate(grid):
            x = gx + (k % 4) * gw
            y = gy + (k // 4) * gh
            pdf.rect(x, y, gw, gh)
            para(pdf, x + 1, y + 0.8, gw - 2, lab, 5.6, h=2.5, color=(90, 90, 90))
            txt(pdf, x + 1, y + 6.6, val, 8.2, "B", w=gw - 2)
        pdf.rect(164, 36, 121, 22)
        txt(pdf, 166, 37.5, "Odběratel", 6.4, color=(90, 90, 90))
        para(pdf, 166, 41, 117, f"{bname}\n{baddr}\nIČO: {bico}   DIČ: CZ{bico}", 8.6, h=4.2)
        cols = [("Datum nakl.", 20, "L"), ("Trasa / položka", 90, "L"), ("Doklad", 26, "L"), ("Palety", 14, "R"), ("Hmotnost kg", 22, "R"), ("MJ", 12, "L"), ("Množství", 18, "R"), ("Cena/MJ EUR", 22, "R"), ("DPH", 12, "R"), ("Celkem bez DPH EUR", 35, "R")]
        rows = [[x["load"].strftime("%d.%m.%Y") if x["load"] else "", wrap(x["desc"], 60), x["cmr"], str(x["pal"]) if x["pal"] else "", sp(D(x["kg"]), 0) if x["kg"] else "", x["unit"], qstr(x["qty"]), sp(x["price"]), "21 %", sp(x["amount"])] for x in items]
        y0 = 64
        y = table(pdf, 12, y0, cols, rows, size=7.6, rowh=5.6, header_fill=(236, 236, 236), line_color=(110, 110, 110))
        frame(pdf, 12, y0, y, cols, color=(110, 110, 110))
        txt(pdf, 12, y + 1.5, f"Celkem palet: {sum(x['pal'] or 0 for x in items)}   Celková hmotnost: {sp(D(sum(x['kg'] or 0 for x in items)), 0)} kg", 7, color=(80, 80, 80))
        # totals box at the LEFT
        ty = y + 8
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.5)
        pdf.rect(12, ty, 96, 30)
        pdf.set_line_width(0.2)
        rows_t = [("Základ DPH 21 % (EUR)", sp(net)), ("DPH 21 % (EUR)", sp(tax))]
        yy = ty + 3
        for a, b in rows_t:
            txt(pdf, 15, yy, a, 8.4)
            txt(pdf, 70, yy, b, 8.4, align="R", w=35)
            yy += 6
        pdf.line(15, yy, 105, yy)
        txt(pdf, 15, yy + 2.5, "Celkem k úhradě EUR", 10.5, "B", color=color)
        txt(pdf, 65, yy + 2.5, sp(total), 10.5, "B", align="R", w=40, color=color)
        # CZK recapitulation beside
        txt(pdf, 118, ty + 1, f"Rekapitulace DPH v CZK dle § 4 odst. 1 písm. a) ZDPH – kurz ČNB {sp(kurz, 3)} CZK/EUR ze dne {fd(duzp)}", 7.4, "B")
        rc = [("Sazba", 20, "L"), ("Základ CZK", 38, "R"), ("DPH CZK", 34, "R"), ("Celkem CZK", 38, "R")]
        table(pdf, 118, ty + 5, rc, [["21 %", sp(czk_base), sp(czk_tax), sp(czk_base + czk_tax)]], size=7.6, rowh=5, line_color=(150, 150, 150))
        para(pdf, 118, ty + 19, 165, f"Bankovní spojení: Československá obchodní banka, a.s. · účet EUR IBAN {group4(acct_eur)}, BIC CEKOCZPP · účet CZK {acct_czk}\n"
             "Při platbě uvádějte variabilní symbol. Přepravu jsme provedli dle podmínek CMR a Všeobecných přepravních podmínek. Reklamace do 8 dnů.", 7.2, h=3.7, color=(60, 60, 60))
        txt(pdf, 12, 200, f"Vystavil: {rng.choice(['Jana Nováková', 'Petr Dvořák', 'Lucie Procházková'])} · dispečink tel. +420 387 {rng.randint(100, 999)} {rng.randint(100, 999)}", 7, color=(90, 90, 90))
        txt(pdf, 240, 200, "Strana 1/1", 7, color=(90, 90, 90), align="R", w=45)
        pdf.output(path)

    notes = (
        "České Budějovice (Czechia) road-freight FAKTURA – DAŇOVÝ DOKLAD in Czech on a LANDSCAPE page: a BOXED GRID of facts (labels above values), a FULLY RULED table of shipments with loading dates, CMR numbers, pallets and WEIGHTS, "
        "priced per km in EUR with DPH 21 %, '1 234,56': the totals in a framed box at the LEFT and the VAT recapitulation in CZK at the ČNB rate beside them. vendor = the name at the top left; "
        "vendor_tax_id = 'DIČ' (CZ + IČO; the IČO alone, the customer's IČO and DIČ, the court register, the licence, the variable and constant symbols and both bank accounts are decoys). "
        "invoice_number = the number after 'FAKTURA – DAŇOVÝ DOKLAD' ('číslo'); invoice_date = 'Datum vystavení' (the DUZP, the loading dates and the ČNB rate date are decoys). "
        + due_note(due, None, "Datum splatnosti")
        + po_note(po, "Číslo objednávky")
        + "subtotal = 'Základ DPH 21 % (EUR)'; tax = 'DPH 21 % (EUR)'; total = 'Celkem k úhradě EUR' (the CZK base, tax and total are counter-value decoys; the pallet and weight sums are not amounts). "
        "Currency EUR. Line items: every row (shipments by km and surcharges), net of DPH."
    )
    t = truth(vname, dicv, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, dicv, "Celkem k úhradě EUR", fd(due), fd(duzp), sp(czk_tax), "CZ" + bico]}
    return t, chk, render


def digits6(rng):
    return f"{rng.randint(100000, 999999)}"


# =========================================================================== 07 Nyíregyháza (ÁFA 27/18/5, HUF), two pages, carried forward
NY_V = [  # (name, address, colour, kind)
    ("Nyírségi Élelmiszer-nagykereskedés Kft.", "4400 Nyíregyháza, Debreceni út 155.", (153, 27, 27), "food"),
    ("Szabolcsi Gépalkatrész Kft.", "4405 Nyíregyháza, Kótaji út 22.", (30, 58, 138), "parts"),
    ("Sóstói Irodaszer Zrt.", "4431 Nyíregyháza, Sóstói út 64.", (21, 94, 117), "office"),
    ("Tirpák Pékség és Élelmiszer Kft.", "4400 Nyíregyháza, Tiszavasvári út 8.", (133, 77, 14), "food"),
]
NY_B = [("Kölcsey Ferenc Gimnázium Konyha", "4400 Nyíregyháza, Bethlen Gábor u. 1."), ("Nyírbátori Mezőgazdasági Zrt.", "4300 Nyírbátor, Ipari út 4."),
        ("Jósa András Oktatókórház Gazdasági Igazgatóság", "4400 Nyíregyháza, Szent István u. 68."), ("Nyírbogdányi Vendéglő Bt.", "4511 Nyírbogdány, Kossuth u. 12.")]
NY_ROWS = {  # (desc, unit, qlo, qhi, lo, hi, rate)
    "food": [("Tej 2,8% 1 l", "l", 20, 240, 290, 420, 5), ("Tojás M 30 db", "tálca", 5, 40, 1690, 2490, 5), ("Sertéscomb kicsontozott", "kg", 5, 60, 1890, 2690, 5),
             ("Csirkemell filé", "kg", 5, 50, 2190, 2990, 5), ("Fehér kenyér 1 kg", "db", 10, 120, 490, 720, 18), ("Kifli 60 g", "db", 50, 600, 39, 65, 18),
             ("Túró rudi", "db", 20, 200, 169, 229, 18), ("Trappista sajt", "kg", 2, 30, 2890, 3690, 18), ("Étolaj 1 l", "db", 6, 60, 690, 990, 27),
             ("Liszt BL55 1 kg", "db", 10, 120, 249, 369, 27), ("Kristálycukor 1 kg", "db", 10, 100, 399, 549, 27), ("Szabolcsi alma Jonagold", "kg", 20, 300, 249, 449, 27),
             ("Burgonya", "kg", 20, 300, 219, 349, 27), ("Vöröshagyma", "kg", 10, 100, 299, 449, 27), ("Szénsavas üdítő 2 l", "db", 12, 120, 449, 699, 27),
             ("Ásványvíz 1,5 l", "db", 24, 240, 129, 229, 27), ("Paprikás kolbász", "kg", 2, 20, 4290, 5690, 27), ("Rizs 1 kg", "db", 10, 80, 699, 999, 27),
             ("Mosogatószer 1 l", "db", 6, 48, 599, 899, 27), ("Papírtörlő 2 tekercs", "csomag", 6, 48, 699, 1099, 27), ("Margarin 500 g", "db", 6, 60, 749, 999, 27),
             ("Paradicsompüré 500 g", "db", 6, 60, 399, 599, 27), ("Száraztészta 500 g", "db", 10, 100, 349, 549, 27), ("Kávé őrölt 250 g", "db", 6, 40, 1490, 2290, 27)],
    "parts": [(f"{p} – cikkszám {c}", u, 1, 12, lo, hi, 27) for p, c, u, lo, hi in [
        ("Ékszíj SPB 2360", "AL-2360", "db", 3900, 7900), ("Hidraulika tömlő 1/2\" 1,5 m", "HT-1215", "db", 6900, 12900), ("Csapágy 6206-2RS", "CS-6206", "db", 1900, 3900),
        ("Olajszűrő traktorhoz", "OS-4471", "db", 2900, 5900), ("Levegőszűrő betét", "LS-2290", "db", 4900, 11900), ("Kapa ekevas", "EK-310", "db", 5900, 9900),
        ("Vetőgép csoroszlya", "VC-802", "db", 8900, 16900), ("Kardántengely védőcső", "KV-160", "db", 9900, 18900), ("Zsírzó pumpa 400 g", "ZP-400", "db", 3900, 6900),
        ("Motorolaj 15W-40 20 l", "MO-1540", "kanna", 24900, 38900), ("Hidraulikaolaj 20 l", "HO-46", "kanna", 21900, 34900), ("Izzó H4 12V", "IZ-H4", "db", 990, 2490),
        ("Rugós csap 8 mm", "RC-08", "db", 190, 490), ("Csavar M12x40 10.9", "CS-1240", "csomag", 990, 1990), ("Tömítőkészlet munkahengerhez", "TK-50", "készlet", 6900, 14900),
        ("Üzemanyagszűrő", "UF-118", "db", 2490, 4990), ("Akkumulátor 12V 110Ah", "AK-110", "db", 44900, 69900), ("Féktárcsa", "FT-290", "db", 15900, 28900),
        ("Kormánygömbfej", "KG-33", "db", 6900, 12900), ("Vízpumpa", "VP-441", "db", 18900, 32900), ("Termosztát", "TR-82", "db", 3900, 7900), ("Ablaktörlő lapát 60 cm", "AT-60", "db", 1990, 3490)]],
    "office": [(f"{p}", u, 2, 40, lo, hi, 27) for p, u, lo, hi in [
        ("Másolópapír A4 80 g 500 lap", "csomag", 1990, 2890), ("Golyóstoll kék", "db", 99, 290), ("Iratrendező 75 mm", "db", 690, 1290), ("Lefűzős mappa", "db", 49, 149),
        ("Tűzőgép 24/6", "db", 1490, 3490), ("Tűzőkapocs 24/6", "doboz", 149, 390), ("Post-it 76x76", "csomag", 390, 890), ("Szövegkiemelő 4 szín", "készlet", 690, 1490),
        ("Toner HP 59A", "db", 24900, 46900), ("Boríték LC/5 50 db", "csomag", 590, 1290), ("Irattartó doboz", "db", 490, 990), ("Ragasztóstift 20 g", "db", 190, 490),
        ("Határidőnapló 2026", "db", 2490, 4990), ("Fénymásoló karton A4 160 g", "csomag", 2990, 4990), ("Lyukasztó 30 lap", "db", 1490, 3290), ("Hibajavító roller", "db", 290, 690),
        ("Számológép asztali", "db", 2990, 6990), ("Laminálófólia A4 100 db", "csomag", 2490, 4490), ("Pendrive 32 GB", "db", 1990, 3990), ("Tintapatron fekete", "db", 4990, 9990),
        ("Spirálfüzet A4", "db", 390, 890), ("Radír", "db", 49, 149), ("Vonalzó 30 cm", "db", 99, 249), ("Gemkapocs 28 mm", "doboz", 99, 249)]],
}


@style("07", "hu_nyi_nyiregyhaza_szamla_afa_27_18_5_two_pages_atvitel")
def s07(rng, i):
    vname, vaddr, color, kind = NY_V[i]
    bname, baddr = NY_B[i]
    d = rand_date(rng)
    n = [24, 22, 24, 23][i]
    items = lines(rng, NY_ROWS[kind], n, D("1"))
    for x in items:
        x["rate"] = x["extra"]
        x["vtsz"] = f"{rng.choice(['VTSZ', 'VTSZ', 'SZJ'])} {rng.randint(1000, 9999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    rates = by_rate(items, q=q0)
    net = sum(b for _, b, _ in rates)
    tax = sum(t for _, _, t in rates)
    total = net + tax
    base = vid(rng, 8, anum)
    vtax = f"{base}-2-15"
    btax = f"{vid(rng, 8, anum)}-2-{rng.choice(['15', '09', '05'])}"
    no = [f"NYE-{d.year}/{rng.randint(10000, 99999)}", f"SZG{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"E-SIR-{d.year}-{rng.randint(100, 9999):05d}", f"TP{d.year}/{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%Y.%m.%d."), lambda x: long_date(x, "hu"), lambda x: x.strftime("%Y.%m.%d."), lambda x: x.strftime("%Y. %m. %d.")][i]
    telj = d - dt.timedelta(days=rng.randint(0, 3))
    due = d + dt.timedelta(days=rng.choice([8, 15, 30])) if i != 3 else None
    po = [f"R-{rng.randint(1000, 9999)}/{d.year}", f"{rng.randint(4500000, 4599999)}", None, None][i]
    dn = f"SZL-{rng.randint(100000, 999999)}"
    ft = lambda x: sp(x, 0) + " Ft"  # noqa: E731
    per1 = 19

    def header(pdf, page):
        txt(pdf, 15, 12, "SZÁMLA", 20, "B", color=color)
        txt(pdf, 120, 13, f"Sorszám: {no}", 10, "B", align="R", w=75)
        txt(pdf, 120, 19, f"{page}. oldal / 2", 7.5, align="R", w=75, color=(90, 90, 90))
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.line(15, 24, 195, 24)
        pdf.set_line_width(0.2)

    cols = [("Ssz.", 10, "R"), ("Megnevezés", 70, "L"), ("Menny.", 15, "R"), ("Me.", 14, "L"), ("Nettó egységár", 24, "R"), ("ÁFA", 12, "R"), ("Nettó érték", 35, "R")]

    def rows_of(sub, off):
        return [[str(off + k + 1), wrap(x["desc"], 42) + "\n" + x["vtsz"], qstr(x["qty"]), x["unit"], sp(x["price"], 0), f"{x['rate']}%", sp(x["amount"], 0)] for k, x in enumerate(sub)]

    def render(path):
        pdf = new_fpdf(creator="Számlázz.hu")
        pdf.add_page()
        header(pdf, 1)
        # parties side by side, labels beside values
        for x0, head, name, addr, rows in ((15, "Eladó", vname, vaddr, [("Adószám:", vtax), ("Közösségi adószám:", "HU" + base), ("Cégjegyzékszám:", f"15-09-{rng.randint(100000, 999999)}"), ("Bankszámla:", f"11744003-{rng.randint(10000000, 99999999)}-00000000")]),
                                           (108, "Vevő", bname, baddr, [("Adószám:", btax), ("Vevőkód:", f"V{rng.randint(10000, 99999)}")])):
            txt(pdf, x0, 28, head, 7.5, "B", color=color)
            para(pdf, x0, 32, 86, f"{name}\n{addr}", 9, "B" if False else "", h=4.4)
            yy = 42
            for a, b in rows:
                txt(pdf, x0, yy, a, 7.8, color=(90, 90, 90))
                txt(pdf, x0 + 31, yy, b, 7.8, "B")
                yy += 4.2
        facts = [("Számla kelte:", fd(d)), ("Teljesítés dátuma:", fd(telj)), ("Fizetési határidő:", fd(due) if due else "—"), ("Fizetési mód:", "átutalás" if due else "készpénz"),
                 ("Rendelésszám:", po or "—"), ("Szállítólevél:", dn)]
        pdf.set_fill_color(245, 245, 245)
        pdf.rect(15, 62, 180, 14, "F")
        for k, (a, b) in enumerate(facts):
            x = 17 + (k % 3) * 60
            y = 64 + (k // 3) * 6
            txt(pdf, x, y, a, 7.8, color=(80, 80, 80))
            txt(pdf, x + 28, y, b, 8, "B")
        sub1 = items[:per1]
        y = table(pdf, 15, 82, cols, rows_of(sub1, 0), size=7.8, rowh=5.6, header_fill=color, header_color=(255, 255, 255), line_color=(210, 210, 210))
        carried = sum(x["amount"] for x in sub1)
        txt(pdf, 110, y + 3, "Átvitel:", 8.6, "B")
        txt(pdf, 150, y + 3, ft(carried), 8.6, "B", align="R", w=45)
        txt(pdf, 15, 284, "A számla folytatódik a következő oldalon.", 7, color=(110, 110, 110))
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 110, 28, "Áthozat:", 8.6, "B")
        txt(pdf, 150, 28, ft(carried), 8.6, "B", align="R", w=45)
        y = table(pdf, 15, 35, cols, rows_of(items[per1:], per1), size=7.8, rowh=5.6, header_fill=color, header_color=(255, 255, 255), line_color=(210, 210, 210))
        y += 6
        txt(pdf, 15, y, "ÁFA-összesítő", 8.6, "B", color=color)
        rc = [("ÁFA-kulcs", 22, "L"), ("Nettó", 30, "R"), ("ÁFA", 26, "R"), ("Bruttó", 30, "R")]
        yv = table(pdf, 15, y + 5, rc, [[f"{r}%", ft(b), ft(t), ft(b + t)] for r, b, t in rates], size=7.8, rowh=5.2, line_color=(190, 190, 190))
        yy = y + 5
        for a, b, bold in (("Nettó összesen:", ft(net), False), ("ÁFA összesen:", ft(tax), False), ("Bruttó végösszeg:", ft(total), True)):
            txt(pdf, 118, yy, a, 9 if not bold else 10.5, "B" if bold else "", color=color if bold else (0, 0, 0))
            txt(pdf, 160, yy, b, 9 if not bold else 10.5, "B" if bold else "", align="R", w=35, color=color if bold else (0, 0, 0))
            yy += 6.5
        para(pdf, 15, max(yv, yy) + 8, 180, ("Fizetendő összeg: " + ft(total) + ". Kérjük, az átutaláskor a számla sorszámára hivatkozzon. Késedelmes fizetés esetén a Ptk. szerinti késedelmi kamatot és 40 eurónak megfelelő behajtási költségátalányt számítunk fel."
                                               if due else "Fizetendő összeg: " + ft(total) + ". A számla ellenértékét készpénzben átvettük."), 7.6, h=3.9, color=(60, 60, 60))
        txt(pdf, 15, 284, f"Számlát kiállította: {rng.choice(['Kovács Ildikó', 'Szabó Zoltán', 'Tóth Erika'])} · NAV Online Számla: {rng.randint(10**9, 10**10 - 1)}", 7, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Nyíregyháza (Hungary) SZÁMLA in Hungarian over TWO PAGES, labels BESIDE their values, whole forints '1 234 Ft', ÁFA 27 / 18 / 5 % (by product) per row and in an 'ÁFA-összesítő', "
        "the first page's sum carried forward ('Átvitel', then 'Áthozat' on page 2) and the totals on page 2: vendor = 'Eladó'; vendor_tax_id = the seller's 'Adószám' (12345678-2-15; the community VAT number HU…, the company register, the bank account, "
        "the buyer's adószám and customer code, the VTSZ / SZJ codes under each item and the delivery note are decoys). invoice_number = 'Sorszám'; invoice_date = 'Számla kelte' (the 'Teljesítés dátuma' is a decoy). "
        + due_note(due, "készpénz", "Fizetési határidő")
        + po_note(po, "Rendelésszám")
        + "subtotal = 'Nettó összesen'; tax = 'ÁFA összesen'; total = 'Bruttó végösszeg' (the 'Átvitel' / 'Áthozat' page sum is a decoy). Currency HUF ('Ft'). Line items: every row on both pages, net of ÁFA, whole forints."
    )
    t = truth(vname, vtax, no, po, d, due, "HUF", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vtax, "Bruttó végösszeg", fd(due) if due else None, fd(telj), btax, "Átvitel", "2. oldal / 2", dn]}
    return t, chk, render

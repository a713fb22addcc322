"""fpdf2 styles for set 29, first part (06 Vatican City workshop's FATTURA in Italian as a letter with no IVA (the
Vatican City State is outside the Italian and EU VAT territory), the total in words and a Vatican IBAN, 07 Frisian
garden centre's FAKTUER in West Frisian with BTW at 9 % on plants and 21 % on the rest, a striped table without
rules and an advance (foarskot) deducted below the total, 08 Outer Hebrides tweed weaver's CUNNTAS / INVOICE in
Scottish Gaelic with English beside, VAT 20 %, the amount due boxed above the items and a remittance slip)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import fy_date, it_words
from invoice_kit import de, digits, en, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import MONTHS, due_note, en_date, frame, kv, lines, para, po_note, truth, valid_id, wrap
from stdnum.gb import vat as gb_vat
from stdnum.nl import btw

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Vatican City workshop (no IVA, EUR), Italian letter, total in words
VA_V = [
    ("Laboratorio di Restauro Tessile San Pietro", "Via del Pellegrino", (120, 53, 15)),
    ("Officina Orafa Porta Sant'Anna", "Via di Porta Angelica", (30, 64, 175)),
    ("Legatoria Artigiana Belvedere", "Cortile del Belvedere", (22, 101, 52)),
    ("Fonderia Bronzi e Campane Santa Marta", "Piazza Santa Marta", (127, 29, 29)),
]
VA_B = [
    ("Parrocchia di San Lorenzo", "Piazza San Lorenzo 9", "50123 Firenze"),
    ("Diocesi di Trento - Ufficio Beni Culturali", "Piazza Fiera 2", "38122 Trento"),
    ("Pontificio Collegio Irlandese", "Via dei Santi Quattro 1", "00184 Roma"),
    ("Basilica di Sant'Antonio - Veneranda Arca", "Piazza del Santo 11", "35123 Padova"),
]
VA_ROWS = [
    ("Restauro di piviale in seta ricamata (pulitura, consolidamento)", "pz", 1, 3, 480, 1650),
    ("Restauro di casula in damasco", "pz", 1, 4, 320, 980),
    ("Doratura di calice in argento", "pz", 1, 6, 140, 390),
    ("Rilegatura in pelle di messale, dorso a nervi", "vol", 1, 8, 160, 420),
    ("Targa commemorativa in bronzo fuso 40 x 30 cm", "pz", 1, 2, 650, 1400),
    ("Candelieri in ottone cesellato", "pz", 2, 8, 85, 240),
    ("Ore di laboratorio aggiuntive", "ore", 2, 16, 45, 70),
    ("Imballo e spedizione assicurata", "coll", 1, 3, 35, 95),
]


@style("06", "va_vaticano_fattura_senza_iva_lettere")
def s06(rng, i):
    vname, vstreet, color = VA_V[i]
    bname, bstreet, bcity = VA_B[i]
    d = rand_date(rng)
    items = lines(rng, VA_ROWS, rng.randint(2, 5), D("0.5"))
    total = sum(x["amount"] for x in items)
    no = [f"{rng.randint(10, 199)}/{d.year}", f"FT{d.year}-{rng.randint(100, 999)}", f"{rng.randint(1000, 1999)}", f"{rng.randint(10, 99)}/V/{d.year % 100}"][i]
    it_long = lambda x: f"{x.day} {MONTHS['it'][x.month - 1]} {x.year}"  # noqa: E731
    fd = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=60), None][i]
    term = ["", "Pagamento: rimessa diretta", "", "Pagamento: bonifico a 30 giorni data fattura fine mese"][i]
    po = [None, f"Prot. {rng.randint(100, 999)}/{d.year}", None, f"{rng.randint(1000, 9999)}"][i]
    po_label = "Vs. ordine"
    cents = int(round((total - int(total)) * 100))
    words = f"Euro {it_words(int(total))}/{cents:02d}"
    m = lambda x: "€ " + de(x)  # noqa: E731
    acct = iban("VA", "001" + digits(rng, 15))

    def render(path):
        pdf = new_fpdf(creator="LibreOffice Writer")
        pdf.add_page()
        pdf.set_draw_color(*color)
        txt(pdf, 20, 14, vname, 13, "B", font="Serif", color=color)
        txt(pdf, 20, 21, f"{vstreet} · 00120 Città del Vaticano · Tel. +39 06 698 {digits(rng, 5)}", 8.4, font="Serif")
        pdf.line(20, 27, 190, 27)
        txt(pdf, 120, 36, f"Città del Vaticano, {it_long(d)}", 9.5, font="Serif")
        txt(pdf, 120, 48, "Spett.le", 9, font="Serif")
        txt(pdf, 120, 53, bname, 9.5, "B", font="Serif")
        txt(pdf, 120, 58, bstreet, 9.5, font="Serif")
        txt(pdf, 120, 63, f"{bcity} (Italia)", 9.5, font="Serif")
        txt(pdf, 20, 76, f"FATTURA N. {no}", 12, "B", font="Serif")
        y = kv(pdf, 20, 84, [("Codice cliente:", f"C{rng.randint(100, 999)}"), (po_label + ":", po), ("D.D.T. n.:", f"{rng.randint(10, 300)} del {fd(d - dt.timedelta(days=rng.randint(1, 10)))}"), ("Scadenza:", fd(due) if due else None)], wl=32, wv=60, size=8.6, font="Serif", align="L")
        y = para(pdf, 20, y + 3, 170, "Con la presente Vi rimettiamo fattura per i lavori eseguiti e i beni forniti come da Vostro incarico:", 9, font="Serif", h=4.4)
        cols = [("Descrizione", 92, "L"), ("U.M.", 14, "C"), ("Q.tà", 16, "R"), ("Prezzo unit.", 24, "R"), ("Importo", 24, "R")]
        trs = [[wrap(x["desc"], 50), x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in items]
        y0 = y + 3
        y = table(pdf, 20, y0, cols, trs, size=8.6, font="Serif", rowh=6, line_color=(170, 170, 170))
        frame(pdf, 20, y0, y, cols, color=(170, 170, 170))
        y += 6
        pdf.set_fill_color(245, 240, 230)
        pdf.rect(20, y - 1.5, 90, 9, "F")
        txt(pdf, 22, y, "TOTALE FATTURA", 10, "B", font="Serif")
        txt(pdf, 70, y, m(total), 10, "B", font="Serif", align="R", w=38)
        y += 11
        txt(pdf, 20, y, f"Importo in lettere: {words}", 9, "I", font="Serif")
        y = para(pdf, 20, y + 7, 170, "Operazione non soggetta a IVA: prestazione resa e beni ceduti dallo Stato della Città del Vaticano, che non fa parte del territorio IVA italiano né dell'Unione europea.", 8.4, font="Serif", h=4.2)
        y = para(pdf, 20, y + 3, 170, (f"Si prega di effettuare il pagamento entro il {fd(due)}" if due else term) + f" sul conto IBAN {iban_fmt(acct)} presso l'Istituto per le Opere di Religione, indicando il numero della fattura.", 8.6, font="Serif", h=4.4)
        txt(pdf, 20, y + 8, "Distinti saluti.", 9.5, font="Serif")
        txt(pdf, 130, y + 20, "Il Responsabile del laboratorio", 9, font="Serif")
        txt(pdf, 130, y + 34, "______________________", 9, font="Serif")
        pdf.output(path)

    notes = (
        "Vatican City workshop's FATTURA in Italian written as a letter, in euros ('€ 1.234,50'), with no IVA (Vatican City State lies outside the Italian and EU VAT territory; a sentence says so) and the total in words ('Euro milleduecentotrentaquattro/50'): vendor = the name at the top; no vendor tax id (null). "
        "invoice_number = 'FATTURA N.'; invoice_date = the date in the place line ('Città del Vaticano, 12 marzo 2026'); the D.D.T. (delivery note) number and date are decoys. "
        + due_note(due, term, "Scadenza")
        + po_note(po, po_label)
        + "The customer code and the IBAN are decoys. No subtotal or tax printed (null). total = 'TOTALE FATTURA'. Currency EUR. Line items: every row."
    )
    t = truth(vname, None, no, po, d, due, "EUR", None, None, total, items, notes)
    return t, [it_long(d), fd(due) if due else None, no, po, vname, "TOTALE FATTURA", words], render


# =========================================================================== 07 Frisian garden centre (BTW 9 % / 21 %, EUR), striped table, advance deducted
FY_V = [
    ("Túnsintrum De Griene Finne", "Snitserdyk 40", "8933 AB Ljouwert", (21, 128, 61)),
    ("Kwekerij en Túnsintrum Hoekstra", "Lemmerwei 112", "8606 KJ Snits", (37, 99, 235)),
    ("Hovenier- en Túnbedriuw De Terp", "Aalsumerpoort 3", "9101 MA Dokkum", (161, 98, 7)),
    ("Griene Romte Drachten B.V.", "Noordkade 77", "9203 CE Drachten", (126, 34, 206)),
]
FY_B = [
    ("Famylje Dijkstra", "Tsjerkebuorren 14", "9011 VA Jirnsum"),
    ("Gemeente Súdwest-Fryslân, ôfd. Griene Romte", "Marktstrjitte 15", "8601 CV Snits"),
    ("Sytse en Baukje de Vries", "Haadwei 8", "9105 KC Reitsum"),
    ("Stichting Ouderein Tjongerhiem", "Skoallestrjitte 21", "8401 BD Gorredijk"),
]
FY_ROWS = [
    ("Hagebeamkes (bûke), 80-100 sm", "stik", 10, 120, 2.95, 6.5, 9),
    ("Fruitbeam (apel), heechstam", "stik", 1, 6, 34, 79, 9),
    ("Blombollen, tas fan 50", "tas", 2, 20, 8.5, 17.5, 9),
    ("Fêste planten yn pot P11", "stik", 10, 80, 2.4, 4.9, 9),
    ("Gerssied, 5 kg", "sek", 1, 6, 32, 59, 9),
    ("Túnbank fan hurdhout", "stik", 1, 2, 289, 549, 21),
    ("Skoppe en hark, set", "set", 1, 3, 39, 79, 21),
    ("Plantwurk en oanlizzen, oeren", "oere", 4, 32, 46, 62, 21),
    ("Tegels lizze, per m²", "m²", 5, 40, 24, 39, 21),
]


@style("07", "nl_fy_faktuer_btw_21_9_foarskot")
def s07(rng, i):
    vname, vstreet, vcity, color = FY_V[i]
    bname, bstreet, bcity = FY_B[i]
    d = rand_date(rng)
    items = lines(rng, FY_ROWS, rng.randint(4, 7), D("0.05"))
    b9 = sum(x["amount"] for x in items if x["extra"] == 9)
    b21 = sum(x["amount"] for x in items if x["extra"] == 21)
    t9, t21 = q2(b9 * D("0.09")), q2(b21 * D("0.21"))
    net, tax = b9 + b21, t9 + t21
    total = net + tax
    adv = D(rng.choice([100, 250, 500])) if i in (0, 2, 3) else D(0)
    while adv > total / 2:
        adv = adv / 2
    adv = q2(adv)
    vat_id = "NL" + valid_id(rng, 9, lambda s: btw.is_valid("NL" + s + "B01")) + "B01"
    no = [f"{d.year}{rng.randint(1000, 9999)}", f"F-{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(20000, 29999)}"][i]
    fd = [fy_date, lambda x: x.strftime("%d-%m-%Y"), fy_date, lambda x: x.strftime("%d-%m-%Y")][i]
    due = [d + dt.timedelta(days=14), d + dt.timedelta(days=30), None, d + dt.timedelta(days=14)][i]
    term = ["", "", "Betelje binnen 8 dagen nei faktuerdatum", ""][i]
    po = [None, f"INK{rng.randint(100000, 999999)}", None, f"{rng.randint(100, 999)}"][i]
    po_label = "Oardernûmer"
    m = lambda x: "€ " + de(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Exact Online")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 15, 12, vname, 14, "B", color=color)
        txt(pdf, 15, 19, f"{vstreet} · {vcity}", 8.6)
        txt(pdf, 15, 23.5, f"Tel. 058 {digits(rng, 3)} {digits(rng, 4)} · KvK {digits(rng, 8, True)} · BTW-id {vat_id}", 8.2, color=(90, 90, 90))
        txt(pdf, 15, 38, bname, 9.6, "B")
        txt(pdf, 15, 43, bstreet, 9.6)
        txt(pdf, 15, 48, bcity, 9.6)
        txt(pdf, 130, 36, "FAKTUER", 18, "B", color=color)
        kv(pdf, 130, 46, [("Faktuernûmer", no), ("Faktuerdatum", fd(d)), (po_label, po), ("Klantnûmer", f"{rng.randint(10000, 99999)}"), ("Betelje foar", fd(due) if due else None)], wl=28, wv=37, size=8.4)
        txt(pdf, 15, 66, f"Oangeande: levering en oanlis tún, {bstreet}, {bcity.split(' ', 2)[2]} · Offerte {rng.randint(100, 999)} fan {fd(d - dt.timedelta(days=rng.randint(20, 60)))}", 8.4)
        cols = [("Omskriuwing", 86, "L"), ("Oantal", 16, "R"), ("Ienheid", 16, "L"), ("Priis", 24, "R"), ("BTW", 12, "R"), ("Bedrach", 26, "R")]
        trs = [[x["desc"], qstr(x["qty"]), x["unit"], m(x["price"]), f"{x['extra']}%", m(x["amount"])] for x in items]
        y = table(pdf, 15, 74, cols, trs, size=8.4, rowh=6.4, border_bottom=False, header_color=color, line_color=(255, 255, 255), zebra=(240, 246, 240))
        y += 8
        rows = [("Subtotaal", m(net), False), (f"BTW 9% oer {m(b9)}", m(t9), False), (f"BTW 21% oer {m(b21)}", m(t21), False), ("Totaal", m(total), True)]
        if adv:
            rows += [(f"Foarskot ûntfongen ({fd(d - dt.timedelta(days=rng.randint(20, 50)))})", "- " + m(adv), False), ("Te beteljen", m(total - adv), True)]
        yy = y
        for a, b, bold in rows:
            txt(pdf, 112, yy, a, 8.8, "B" if bold else "")
            txt(pdf, 165, yy, b, 8.8, "B" if bold else "", align="R", w=30)
            yy += 5.6
        y = para(pdf, 15, yy + 8, 180, (f"Wy freegje jo it bedrach foar {fd(due)} oer te meitsjen" if due else term) + f" op IBAN {iban_fmt(iban('NL', rng.choice(['RABO', 'INGB', 'ABNA']) + digits(rng, 10)))} ûnder fermelding fan it faktuernûmer.", 8.4, h=4.2)
        para(pdf, 15, y + 4, 180, "Op al ús leveringen binne ús algemiene betingsten fan tapassing. Wy tankje jo foar de opdracht!", 7.6, h=3.8, color=(100, 100, 100))
        pdf.output(path)

    notes = (
        "Leeuwarden / Sneek / Dokkum / Drachten (Friesland) garden centre's FAKTUER in West Frisian, in euros ('€ 1.234,50'), with BTW at 9 % (plants, bulbs, seed) and 21 % (the rest) in a rate column, a striped table without rules, and on three an advance ('Foarskot ûntfongen') deducted below the total: vendor = the name at the top; vendor_tax_id = 'BTW-id' (NL, 9 digits, B01; the KvK number is a decoy). "
        "invoice_number = 'Faktuernûmer'; invoice_date = 'Faktuerdatum' ("
        + ["Frisian words ('12 maart 2026')", "dd-mm-yyyy", "Frisian words", "dd-mm-yyyy"][i]
        + "); the quote number and date and the advance's date are decoys. "
        + due_note(due, term, "Betelje foar")
        + po_note(po, po_label)
        + "The customer number is no PO. subtotal = 'Subtotaal'; tax = the two 'BTW' rows summed (9 % plus 21 %, no total BTW row); total = 'Totaal'"
        + ("; 'Foarskot ûntfongen' and 'Te beteljen' (after the advance) are decoys. " if adv else ". ")
        + "Currency EUR. Line items: every row (net)."
    )
    t = truth(vname, vat_id, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), fd(due) if due else None, no, po, vname, vat_id, "Totaal"], "tax_parts": [str(t9), str(t21)]}
    return t, chk, render


# =========================================================================== 08 Outer Hebrides tweed weaver (VAT 20 %, GBP), Gaelic and English, amount due on top, remittance slip
GD_V = [
    ("Clò Hearach Sheumais Dhòmhnallaich", "Sgìr' Uige, Eilean Leòdhais HS2 9HB", (87, 83, 78)),
    ("Beairt na Hearadh Ltd", "Tairbeart, Na Hearadh HS3 3DB", (30, 58, 138)),
    ("Muileann Clò Steòrnabhaigh", "Sràid a' Chladaich, Steòrnabhagh HS1 2XD", (127, 29, 29)),
    ("Breabadair Nis", "Port Nis, Eilean Leòdhais HS2 0XA", (20, 83, 45)),
]
GD_B = [
    ("Highland Home Furnishings Ltd", "14 Academy Street, Inverness IV1 1LN"),
    ("Tweed & Thread Tailoring", "22 Jermyn Street, London SW1Y 6HP"),
    ("An Lanntair Shop", "Kenneth Street, Stornoway HS1 2DS"),
    ("Edinburgh Woollen Crafts", "5 Victoria Street, Edinburgh EH1 2HE"),
]
GD_ROWS = [
    ("Clò Hearach, herringbone, 150 cm / Harris Tweed herringbone", "m", 5, 60, 38, 62),
    ("Clò Hearach, dogtooth, 150 cm / Harris Tweed dogtooth", "m", 5, 50, 40, 65),
    ("Clò Hearach, tartan, 75 cm / Harris Tweed tartan, single width", "m", 5, 40, 28, 46),
    ("Sgàilean clò / Tweed cushion covers", "pcs", 4, 30, 24, 42),
    ("Cairtean pàtrain / Swatch cards", "pcs", 2, 12, 6, 12),
    ("Cosgais postachd / Carriage to mainland", "load", 1, 1, 28, 65),
]


@style("08", "gb_sct_steornabhagh_cunntas_vat_20")
def s08(rng, i):
    vname, vaddr, color = GD_V[i]
    bname, baddr = GD_B[i]
    d = rand_date(rng)
    items = lines(rng, GD_ROWS, rng.randint(2, 5), D("0.5"))
    net = sum(x["amount"] for x in items)
    vat = q2(net * D("0.20"))
    total = net + vat
    v = valid_id(rng, 9, gb_vat.is_valid)
    vat_id = f"GB {v[:3]} {v[3:7]} {v[7:]}"
    no = [f"{rng.randint(1000, 9999)}", f"BH-{rng.randint(100, 999)}", f"MCS/{d.year}/{rng.randint(10, 999):03d}", f"{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), en_date, lambda x: x.strftime("%d/%m/%Y"), en_date][i]
    due = [d + dt.timedelta(days=30), d + dt.timedelta(days=14), None, d + dt.timedelta(days=28)][i]
    term = ["", "", "Pàigheadh ri 30 latha bho dheireadh a' mhìos / Payment 30 days from end of month", ""][i]
    po = [f"PO{rng.randint(10000, 99999)}", None, f"{rng.randint(100, 999)}", None][i]
    po_label = "Òrdugh / Order No."
    m = lambda x: "£" + en(x)  # noqa: E731

    def render(path):
        pdf = new_fpdf(creator="Sage Accounts")
        pdf.add_page()
        txt(pdf, 15, 14, vname, 13, "B", color=color)
        txt(pdf, 15, 20.5, vaddr, 8.6)
        txt(pdf, 15, 25, f"Fòn / Tel. 01851 {digits(rng, 6)} · Àireamh VAT / VAT No. {vat_id}", 8.2, color=(90, 90, 90))
        txt(pdf, 15, 34, "CUNNTAS / INVOICE", 15, "B")
        kv(pdf, 15, 43, [("Àireamh / Invoice No.", no), ("Ceann-latha / Date", fd(d)), (po_label, po), ("Àireamh neach-ceannach / Account", f"{rng.choice('ABCDEFG')}{rng.randint(100, 999)}")], wl=58, wv=40, size=8.4, align="L")
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.rect(130, 32, 65, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 133, 35, "Ri phàigheadh / Amount due", 8.4, "B", color=color)
        txt(pdf, 133, 42, m(total), 15, "B", align="R", w=59)
        if due:
            txt(pdf, 133, 52, f"Ro / By {fd(due)}", 8.6, align="R", w=59)
        else:
            txt(pdf, 133, 52, "Faic na cumhachan / See terms", 8, align="R", w=59)
        txt(pdf, 15, 66, "Gu / To:", 8, color=(110, 110, 110))
        txt(pdf, 30, 66, f"{bname}, {baddr}", 9)
        txt(pdf, 15, 71, f"Nòta lìbhrigidh / Delivery note {rng.randint(1000, 9999)} · Air a chur / Dispatched {fd(d - dt.timedelta(days=rng.randint(1, 6)))}", 8, color=(90, 90, 90))
        cols = [("Tuairisgeul / Description", 92, "L"), ("Meud / Qty", 20, "R"), ("Aonad", 14, "C"), ("Prìs / Price", 26, "R"), ("Suim / Amount", 28, "R")]
        trs = [[wrap(x["desc"], 50), qstr(x["qty"]), x["unit"], m(x["price"]), m(x["amount"])] for x in items]
        y = table(pdf, 15, 78, cols, trs, size=8.3, rowh=6, header_fill=(240, 240, 236), line_color=(200, 200, 200))
        y = kv(pdf, 120, y + 5, [("Iomlan gun VAT / Net", m(net)), ("VAT 20%", m(vat)), ("Iomlan / Total", m(total))], wl=42, wv=33, size=9, step=5.6, color=(0, 0, 0))
        y = para(pdf, 15, y + 4, 180, (term + ". " if term else "") + f"Banca / Bank: Royal Bank of Scotland, Stornoway · Sort code 83-{digits(rng, 2)}-{digits(rng, 2)} · Account {digits(rng, 8)}. Tapadh leibh / Thank you.", 8, h=4)
        pdf.set_draw_color(120, 120, 120)
        pdf.dashed_line(10, 240, 200, 240, 2, 1.5)
        txt(pdf, 15, 244, "DUILLEAG-PHÀIGHIDH / REMITTANCE SLIP", 9, "B")
        txt(pdf, 15, 251, f"Bho / From: {bname}", 8.4)
        txt(pdf, 15, 256, f"Àireamh / Invoice No. {no}", 8.4)
        txt(pdf, 15, 261, f"Ri phàigheadh / Amount due {m(total)}", 8.4, "B")
        txt(pdf, 120, 251, f"Cuir gu / Send to: {vname}", 8.2)
        txt(pdf, 120, 256, vaddr, 8.2)
        txt(pdf, 120, 261, "Suim a chaidh a phàigheadh / Amount paid: £________", 8.2)
        pdf.output(path)

    notes = (
        "Lewis / Harris / Stornoway / Ness tweed weaver's CUNNTAS / INVOICE in Scottish Gaelic with English beside each label, in pounds sterling ('£1,234.50'), VAT 20 %, the amount due boxed at the top right above the items and a remittance slip at the bottom repeating the invoice number and the total: vendor = the name at the top; vendor_tax_id = 'Àireamh VAT / VAT No.' as printed ('GB 123 4567 89'). "
        "invoice_number = 'Àireamh / Invoice No.'; invoice_date = 'Ceann-latha / Date' ("
        + ["dd/mm/yyyy", "English words ('12 March 2026')", "dd/mm/yyyy", "English words"][i]
        + "); the delivery note number and the dispatch date are decoys. "
        + due_note(due, term, "Ro / By (in the amount-due box)")
        + po_note(po, po_label)
        + "The account number and the bank details are no PO. subtotal = 'Iomlan gun VAT / Net'; tax = 'VAT 20%'; total = 'Iomlan / Total' (also in the amount-due box and on the slip). Currency GBP. Line items: every row (carriage is a row)."
    )
    t = truth(vname, vat_id, no, po, d, due, "GBP", net, vat, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, vat_id, "Iomlan / Total"], render

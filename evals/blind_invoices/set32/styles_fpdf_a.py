"""fpdf2 styles for set 32, first part (06 Harghita (Székely Land) dairy and bakery supplier's SZÁMLA / FACTURĂ in
Hungarian with Romanian beside, a fully ruled grid with the TVA per row, TVA 11 % on food and 21 % on the rest from
1 August 2025 (9 % and 19 % before), the totals under the grid and a signature block, 07 Narva (Ida-Viru County)
industrial-cleaning company's СЧЁТ / ARVE in Russian with Estonian beside over two pages, the sum carried to page 2,
käibemaks 22 % (24 % from 1 July 2025) and a reference number)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, hu_date
from invoice_kit import de, digits, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, txt
from kit_common import due_note, frame, kv, lines, para, po_note, truth, valid_id
from stdnum.ee import kmkr, registrikood
from stdnum.ro import cf

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Harghita dairy and bakery supplier (TVA 21/11 %, or 19/9 % before August 2025, RON)
HR_V = [
    ("Csíki Tejtermék Kft. / SC Lactate Ciuc SRL", "Str. Kossuth Lajos 48", "530210 Csíkszereda / Miercurea Ciuc, Hargita / Harghita", (21, 94, 117)),
    ("Udvarhelyi Pékség SRL", "Str. Bethlen Gábor 17", "535600 Székelyudvarhely / Odorheiu Secuiesc, Hargita / Harghita", (146, 64, 14)),
    ("Gyergyói Sajtház SRL", "Str. Szent Miklós 5", "535500 Gyergyószentmiklós / Gheorgheni, Hargita / Harghita", (63, 98, 18)),
    ("Hargita Hús és Tej Kft. / SC Harghita Carne și Lapte SRL", "Str. Tudor Vladimirescu 101", "530130 Csíkszereda / Miercurea Ciuc, Hargita / Harghita", (88, 28, 135)),
]
HR_B = [
    ("SC Fenyő Szálló SRL", "Str. Petőfi Sándor 1, Csíkszereda"),
    ("Székely Ízek Étterem SRL", "Piața Márton Áron 4, Székelyudvarhely"),
    ("Borvíz Panzió SRL", "Str. Gyógyfürdő 12, Tusnádfürdő / Băile Tușnad"),
    ("Lázár Diákotthon / Cămin Lazăr", "Str. Libertății 5, Gheorgheni"),
]
HR_ROWS = [
    ("Tehéntúró / Brânză de vaci", "kg", 5, 40, 14, 24, "food"),
    ("Csíki sajt / Cașcaval Ciuc", "kg", 3, 25, 32, 48, "food"),
    ("Juhtúró / Brânză de burduf", "kg", 2, 15, 38, 56, "food"),
    ("Tejföl 20% / Smântână 20%", "kg", 5, 40, 12, 19, "food"),
    ("Kürtőskalács / Kürtőskalács", "buc", 10, 80, 7, 12, "food"),
    ("Székely kenyér 2 kg / Pâine secuiască 2 kg", "buc", 5, 40, 11, 17, "food"),
    ("Ládabérlet / Chirie navete", "buc", 5, 30, 2, 4, "std"),
    ("Szállítás hűtőautóval / Transport frigorific", "cursă", 1, 2, 80, 180, "std"),
]


@style("06", "ro_hr_csikszereda_szamla_factura_tva_21_19")
def s06(rng, i):
    vname, vstreet, vcity, color = HR_V[i]
    bname, baddr = HR_B[i]
    d = rand_date(rng)
    new = d >= dt.date(2025, 8, 1)
    rf, rs = (D("11"), D("21")) if new else (D("9"), D("19"))
    items = lines(rng, HR_ROWS, rng.randint(3, 6), D("0.50"))
    for x in items:
        x["rate"] = rf if x["extra"] == "food" else rs
        x["vat"] = q2(x["amount"] * x["rate"] / 100)
    net = sum(x["amount"] for x in items)
    tax = sum(x["vat"] for x in items)
    total = net + tax
    cif = valid_id(rng, 8, cf.is_valid)
    vcif = "RO" + cif
    bcif = valid_id(rng, 8, cf.is_valid)
    series = ["CSK", "UDV", "GYS", "HHT"][i]
    no = f"{rng.randint(1000, 9999)}"
    fd = [lambda x: x.strftime("%d.%m.%Y"), hu_date, lambda x: x.strftime("%d.%m.%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 1, 3) else None
    term = [None, None, "Fizetés: készpénzben / Plata: numerar", None][i]
    po = f"{rng.randint(100, 999)}/{d.year}" if i in (1, 2) else None
    aviz = f"{series} {rng.randint(1000, 9999)}"
    m = de

    def render(path):
        pdf = new_fpdf(creator="SmartBill-szerű számlázó")
        pdf.add_page()
        txt(pdf, 14, 12, "Szállító / Furnizor", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 16, vname, 10.5, "B", color=color)
        y = para(pdf, 14, 21.5, 92, f"{vstreet}, {vcity}\nCUI / Adószám: {vcif} · Nr. ORC / Cégjegyzékszám: J19/{rng.randint(100, 999)}/{rng.randint(1995, 2020)}\nIBAN: RO{rng.randint(10, 99)} BTRL {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} · Banca Transilvania\nTőkealap / Capital social: {rng.choice([200, 1000, 5000])} lei", 7.6, h=3.6)
        txt(pdf, 112, 12, "Vevő / Cumpărător", 7.4, color=(110, 110, 110))
        txt(pdf, 112, 16, bname, 10, "B")
        para(pdf, 112, 21.5, 84, f"{baddr}\nCUI / Adószám: {bcif} · Ügyfélkód / Cod client: {rng.randint(100, 999)}", 7.6, h=3.6)
        pdf.set_fill_color(*color)
        pdf.rect(14, y + 6, 182, 14, "F")
        txt(pdf, 18, y + 8.5, "SZÁMLA / FACTURĂ", 15, "B", color=(255, 255, 255))
        txt(pdf, 100, y + 8, f"Sorozat / Seria {series}  Szám / Nr. {no}", 9, "B", color=(255, 255, 255))
        txt(pdf, 100, y + 13.5, f"Kelte / Data: {fd(d)}", 8.6, color=(255, 255, 255))
        yy = kv(pdf, 14, y + 25, [("Fizetési határidő / Scadența", fd(due) if due else None), ("Megrendelés / Comanda", po), ("Szállítólevél / Aviz", aviz), ("TVA-kulcs / Cota TVA", f"{rf} % / {rs} %")], wl=48, wv=40, size=8, align="L")
        cols = [("Nr.", 9, "C"), ("Megnevezés / Denumire", 54, "L"), ("M.e./U.M.", 16, "C"), ("Menny. / Cant.", 20, "R"), ("Egységár / Preț", 24, "R"), ("Érték / Valoare", 26, "R"), ("TVA %", 12, "R"), ("TVA", 21, "R")]
        rows = [[str(k + 1), x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"]), str(x["rate"]), m(x["vat"])] for k, x in enumerate(items)]
        y0 = yy + 4
        y1 = table(pdf, 14, y0, cols, rows, size=7.4, rowh=6, header_fill=(235, 235, 235), line_color=(120, 120, 120))
        frame(pdf, 14, y0, y1, cols, color=(120, 120, 120))
        pdf.rect(14, y1, 182, 7)
        txt(pdf, 16, y1 + 1.5, "Összesen / Total", 8.4, "B")
        txt(pdf, 137, y1 + 1.5, m(net), 8.4, "B", align="R", w=25)
        txt(pdf, 175, y1 + 1.5, m(tax), 8.4, "B", align="R", w=20)
        pdf.set_fill_color(240, 240, 240)
        pdf.rect(100, y1 + 11, 96, 9, "F")
        txt(pdf, 102, y1 + 13, "Fizetendő / Total de plată", 9.4, "B")
        txt(pdf, 160, y1 + 13, f"{m(total)} lei", 10, "B", align="R", w=34)
        ys = y1 + 30
        for k, lab in enumerate(["Kiállító / Întocmit de", "Átvevő / Semnătura de primire", "Kiszállítás / Date privind expediția"]):
            txt(pdf, 14 + k * 62, ys, lab, 7.4, color=(90, 90, 90))
            pdf.line(14 + k * 62, ys + 14, 70 + k * 62, ys + 14)
        para(pdf, 14, ys + 20, 182, ("Fizetés banki átutalással a fenti határidőig. / Plata prin transfer bancar până la scadență." if due else term) + f"\nA TVA-kulcsok a 2025. évi 141. törvény szerint ({'2025. augusztus 1-jétől' if new else '2025. augusztus 1-je előtt'}). / Cotele TVA conform Legii 141/2025.\nFactura circulă fără semnătură și ștampilă conform art. 319 alin. (29) Cod fiscal. e-Factura index {digits(rng, 10)}.", 7, h=3.5, color=(80, 80, 80))
        pdf.output(path)

    notes = (
        "Harghita (Székely Land, Romania) dairy and bakery supplier's SZÁMLA / FACTURĂ in Hungarian with Romanian beside each label, in lei ('1.234,50'), with a FULLY RULED grid, the value and the TVA per row, " + ("TVA 11 % on food and 21 % on crates and transport (rates from 1 August 2025)" if new else "TVA 9 % on food and 19 % on crates and transport (rates before 1 August 2025)") + ", the totals row under the grid and 'Fizetendő / Total de plată' in a grey box, a signature block: vendor = the name at the top left under 'Szállító / Furnizor'; vendor_tax_id = 'CUI / Adószám' of the supplier (RO + digits; the buyer's CUI, the ORC number, the client code and the e-Factura index are decoys). "
        "invoice_number = the number after 'Szám / Nr.' (without the series); invoice_date = 'Kelte / Data' (" + ["dd.mm.yyyy", "Hungarian words ('2026. március 12.')", "dd.mm.yyyy", "dd/mm/yyyy"][i] + "); the delivery note (aviz) is a decoy. "
        + due_note(due, term, "Fizetési határidő / Scadența") + po_note(po, "Megrendelés / Comanda")
        + "subtotal = the totals row's value column; tax = the totals row's TVA column; total = 'Fizetendő / Total de plată'. Currency RON. Line items: every row (amounts net, the TVA beside them)."
    )
    t = truth(vname, vcif, no, po, d, due, "RON", net, tax, total, items, notes)
    return t, [fd(d), no, vname, vcif, "Fizetendő / Total de plată", fd(due) if due else None, aviz], render


# =========================================================================== 07 Narva industrial cleaning company (KM 22 % / 24 %, EUR), two pages
NV_V = [
    ("ООО «Нарвский Клининг» / Narva Klining OÜ", "Tallinna mnt 41, 20304 Narva", (30, 64, 175)),
    ("Ida-Viru Puhastusteenused AS", "Kreenholmi 25, 20104 Narva", (15, 118, 110)),
    ("ЧистоСервис / Puhas Teenus OÜ", "Rakvere 7, 41531 Jõhvi", (146, 64, 14)),
    ("Sillamäe Tööstuskoristus OÜ", "Kesk 18, 40231 Sillamäe", (107, 33, 168)),
]
NV_B = [
    ("Narva Elektrijaamad AS", "Elektrijaama tee 59, 21004 Narva"),
    ("Kreenholm Keskus OÜ", "Joala 5, 20103 Narva"),
    ("Ida-Viru Keskhaigla SA", "Ravi 10, 31025 Kohtla-Järve"),
    ("Silmet Logistika AS", "Kesk 2, 40231 Sillamäe"),
]
NV_SERV = [
    ("Уборка цехов / Tootmisruumide koristus", "м²", 400, 2400, D("0.35"), D("0.95")),
    ("Мойка окон / Akende pesu", "м²", 80, 600, D("1.20"), D("2.80")),
    ("Чистка вентиляции / Ventilatsiooni puhastus", "ч", 4, 24, D("28"), D("45")),
    ("Вывоз отходов / Jäätmete äravedu", "рейс", 1, 6, D("65"), D("140")),
    ("Уборка санузлов / Tualettruumide koristus", "ч", 8, 60, D("16"), D("24")),
    ("Моющие средства / Pesuvahendid", "компл.", 1, 10, D("12"), D("38")),
]


@style("07", "ee_ida_narva_schet_arve_km_24_two_pages")
def s07(rng, i):
    vname, vaddr, color = NV_V[i]
    bname, baddr = NV_B[i]
    d = rand_date(rng)
    rate = D("24") if d >= dt.date(2025, 7, 1) else D("22")
    period = d.replace(day=1) - dt.timedelta(days=1)
    items = []
    for wk in range(rng.randint(3, 4)):
        for desc, unit, qlo, qhi, lo, hi in rng.sample(NV_SERV, rng.randint(3, 4)):
            q = D(rng.randint(qlo, qhi))
            p = lo + D(rng.randint(0, int((hi - lo) * 100))) / 100
            while q2(q * p) != q * p:
                p += D("0.01")
            items.append({"desc": f"Нед. / Näd. {wk + 1}: {desc}", "unit": unit, "qty": q, "price": p, "amount": q2(q * p)})
    net = sum(x["amount"] for x in items)
    tax = q2(net * rate / 100)
    total = net + tax
    reg = valid_id(rng, 8, registrikood.is_valid)
    km = "EE" + valid_id(rng, 9, lambda s: kmkr.is_valid("EE" + s), first_nonzero=False)
    no = [f"{rng.randint(1000, 9999)}", f"A-{rng.randint(10000, 99999)}", f"{d.year}-{rng.randint(100, 999)}", f"{rng.randint(100000, 999999)}"][i]
    fd = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([7, 14, 21]))
    po = f"{rng.randint(4500000000, 4500999999)}" if i in (0, 3) else None
    ref = digits(rng, 6, True) + "3"
    per = f"{MONTHS['ru_nom'][period.month - 1]} {period.year} / {MONTHS['et'][period.month - 1]} {period.year}"
    half = (len(items) + 1) // 2
    p1, p2 = items[:half], items[half:]
    carried = sum(x["amount"] for x in p1)
    tel = f"+372 35{digits(rng, 5)}"
    m = sp
    cols = [("Услуга / Teenus", 96, "L"), ("Ед. / Üh.", 14, "C"), ("Кол-во / Kogus", 24, "R"), ("Цена / Hind", 22, "R"), ("Сумма / Summa", 26, "R")]

    def rows(xs):
        return [[x["desc"], x["unit"], qstr(x["qty"]), m(x["price"]), m(x["amount"])] for x in xs]

    def header(pdf, page):
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.8)
        pdf.line(14, 27, 196, 27)
        pdf.set_line_width(0.2)
        txt(pdf, 14, 11, vname, 12.5, "B", color=color)
        txt(pdf, 14, 17.5, f"{vaddr} · Рег. код / Registrikood {reg} · KMKR {km}", 7.8, color=(80, 80, 80))
        txt(pdf, 14, 21.5, f"Тел. / Tel. {tel} · info@{vname.split()[-2].lower().strip('«»/')}.ee", 7.8, color=(80, 80, 80))
        txt(pdf, 150, 286, f"Стр. / Lk {page} / 2", 7.6, align="R", w=46, color=(100, 100, 100))

    def render(path):
        pdf = new_fpdf(creator="Merit Aktiva")
        pdf.add_page()
        header(pdf, 1)
        txt(pdf, 14, 34, "СЧЁТ / ARVE", 16, "B")
        txt(pdf, 14, 44, "Покупатель / Ostja", 7.4, color=(110, 110, 110))
        txt(pdf, 14, 48, bname, 10, "B")
        txt(pdf, 14, 53, baddr, 8.6)
        kv(pdf, 110, 34, [("Счёт № / Arve nr", no), ("Дата / Kuupäev", fd(d)), ("Срок оплаты / Maksetähtaeg", fd(due)), ("Период / Periood", per), ("Заказ / Tellimus", po), ("Договор / Leping", f"{rng.randint(10, 99)}/{d.year - rng.randint(1, 4)}")], wl=40, wv=46, size=7.8)
        y = table(pdf, 14, 66, cols, rows(p1), size=7.3, rowh=5.6, header_fill=(232, 236, 244), line_color=(200, 200, 200))
        txt(pdf, 100, y + 3, "Перенос / Ülekanne", 8.6, "B")
        txt(pdf, 160, y + 3, m(carried), 8.6, "B", align="R", w=36)
        pdf.add_page()
        header(pdf, 2)
        txt(pdf, 14, 32, f"Счёт № / Arve nr {no} (продолжение / järg)", 8.6, color=(90, 90, 90))
        txt(pdf, 100, 38, "Из переноса / Üle toodud", 8.6, "B")
        txt(pdf, 160, 38, m(carried), 8.6, "B", align="R", w=36)
        y = table(pdf, 14, 45, cols, rows(p2), size=7.3, rowh=5.6, header_fill=(232, 236, 244), line_color=(200, 200, 200))
        y += 6
        for lab, val, bold in (("Итого без НСО / Summa km-ta", m(net), False), (f"Käibemaks / НСО {rate}%", m(tax), False), ("К оплате / Tasuda kokku EUR", m(total), True)):
            txt(pdf, 110, y, lab, 9.2 if bold else 8.6, "B" if bold else "")
            txt(pdf, 160, y, val, 9.2 if bold else 8.6, "B" if bold else "", align="R", w=36)
            y += 6
        para(pdf, 14, y + 8, 182, f"Просим оплатить до {fd(due)}, указав номер ссылки {ref}. / Palume tasuda {fd(due)}, viitenumber {ref}.\nSEB Pank EE{rng.randint(10, 99)} 1010 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} · Swedbank EE{rng.randint(10, 99)} 2200 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}\nПросрочка / Viivis 0,1 % päevas.", 7.6, h=3.8, color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "Narva-area (Ida-Viru County, Estonia) industrial-cleaning company's СЧЁТ / ARVE in Russian with Estonian beside each label, in euros with digits grouped by spaces ('1 234,50'), for a month's cleaning by week OVER TWO PAGES, the sum carried from page 1 ('Перенос / Ülekanne') and brought forward on page 2, käibemaks " + str(rate) + " % on the net (22 % before 1 July 2025, 24 % from then): vendor = the name at the top; vendor_tax_id = 'KMKR' (EE + 9 digits; the registry code is a decoy). "
        "invoice_number = 'Счёт № / Arve nr'; invoice_date = 'Дата / Kuupäev' (dd.mm.yyyy); the period, contract number and the reference number (viitenumber) are decoys. "
        + due_note(due, None, "Срок оплаты / Maksetähtaeg") + po_note(po, "Заказ / Tellimus")
        + "subtotal = 'Итого без НСО / Summa km-ta'; tax = 'Käibemaks / НСО …%'; total = 'К оплате / Tasuda kokku EUR'; the carried-forward sum is a decoy. Currency EUR. Line items: every row on both pages."
    )
    t = truth(vname, km, no, po, d, due, "EUR", net, tax, total, items, notes)
    return t, [fd(d), no, vname, km, "К оплате / Tasuda kokku EUR", fd(due), ref, m(carried)], render

"""fpdf2 styles for set 61, first part (06 Kemerovo СЧЁТ НА ОПЛАТУ of a road haulier in Russian on a LANDSCAPE page:
the ruled bank-details grid at the top, then a FULLY RULED register of trips with loading dates, waybills, routes,
vehicle plates, weights in tonnes and tariffs per tonne, НДС 20 % (22 % from 2026); 07 Taupō professional-services
TAX INVOICE of a consultancy with time entries by staff and HOURS, descriptions WRAPPED over two or three lines, the
facts as LABEL: value pairs BESIDE each other, the order number inside a 'Your reference' line, GST 15 % and two of
four over TWO PAGES)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS, long_date, nz_ird, ru_inn
from invoice_kit import digits, en, lfont, new_fpdf, q2, qstr, rand_date, sp, style_registry, txt
from kit_common import due_note, po_note, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Kemerovo (НДС 20 / 22, RUB), landscape, ruled register of trips
KE_V = [
    ("ООО «Кузбасс ТрансЛогистик»", "650036, г. Кемерово, ул. Терешковой, д. 41, офис 305"),
    ("ООО «Сибирская экспедиционная компания»", "650070, г. Кемерово, ул. Тухачевского, д. 22Б"),
    ("АО «Кемеровская автобаза № 3»", "650021, г. Кемерово, ул. Станционная, д. 17"),
    ("ООО «ТК Томь-Карго»", "650000, г. Кемерово, пр-т Советский, д. 56, пом. 12"),
]
KE_B = [
    ("ООО «Угольная компания Северный Кузбасс»", "652421, Кемеровская обл., г. Березовский, ул. Шахтеров, д. 3"),
    ("АО «Кемеровохимснаб»", "650099, г. Кемерово, ул. Кузбасская, д. 9"),
    ("ООО «Агрохолдинг Притомье»", "652050, Кемеровская обл., г. Юрга, ул. Заводская, д. 1"),
    ("ООО «Металлоторг Ленинск»", "652500, Кемеровская обл., г. Ленинск-Кузнецкий, ул. Лесная, д. 14"),
]
KE_ROUTES = ["Кемерово – Новосибирск", "Березовский – Кемерово", "Кемерово – Томск", "Юрга – Кемерово", "Кемерово – Новокузнецк", "Ленинск-Кузнецкий – Барнаул", "Кемерово – Красноярск", "Белово – Кемерово"]
KE_CARGO = [["уголь марки Д", "уголь марки ДГ", "щебень фр. 20–40"], ["аммиачная селитра, МКР", "карбамид, МКР", "сера техническая"], ["зерно пшеницы", "комбикорм", "семена рапса"], ["арматура А500С", "лист г/к 10 мм", "труба 108х4"]]
KE_PLATES = "АВЕКМНОРСТУХ"


@style("06", "ru_kem_kemerovo_schet_freight_nds_20_22_landscape_ruled_weights")
def s06(rng, i):
    vname, vaddr = KE_V[i]
    bname, baddr = KE_B[i]
    d = rand_date(rng)
    rate = 22 if d >= dt.date(2026, 1, 1) else 20
    n = [5, 7, 4, 8][i]
    items = []
    for _k in range(n):
        w = D(rng.randint(1800, 3600)) / 100  # tonnes to the hundredth, printed with three decimals
        tariff = D(rng.randint(38, 260)) * 10
        amt = q2(w * tariff)
        tax = q2(amt * rate / 100)
        day = d - dt.timedelta(days=rng.randint(2, 28))
        pl = f"{rng.choice(KE_PLATES)} {rng.randint(100, 999)} {rng.choice(KE_PLATES)}{rng.choice(KE_PLATES)} 42"
        items.append({"desc": f"Перевозка груза: {rng.choice(KE_CARGO[i])}", "qty": w, "price": tariff, "amount": amt, "tax": tax, "day": day, "tn": f"{rng.randint(1000, 9999)}", "route": rng.choice(KE_ROUTES), "plate": pl})
    items.sort(key=lambda x: x["day"])
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    vid = ru_inn(rng)
    bid = ru_inn(rng)
    kpp, bkpp = f"42{rng.choice(['05', '07', '50'])}01001", f"42{rng.choice(['01', '05', '12'])}01001"
    ogrn12 = f"1{rng.randint(2, 24):02d}42{digits(rng, 7)}"
    ogrn = ogrn12 + str(int(ogrn12) % 11 % 10)  # 13 digits, the last the remainder mod 11 (its last digit)
    no = [f"{rng.randint(10, 999)}", f"ТЛ-{rng.randint(100, 9999)}", f"{rng.randint(1000, 9999)}", f"{rng.randint(10, 99)}/{d.month:02d}"][i]
    fd = [lambda x: long_date(x, "ru"), lambda x: x.strftime("%d.%m.%Y"), lambda x: long_date(x, "ru"), lambda x: x.strftime("%d.%m.%Y") + " г."][i]
    due = d + dt.timedelta(days=rng.choice([5, 10, 15])) if i in (0, 3) else None
    dogovor = f"Договор перевозки № {rng.randint(10, 99)}/{rng.randint(2019, 2024)}-П от {(d - dt.timedelta(days=rng.randint(200, 900))).strftime('%d.%m.%Y')}"
    bank = rng.choice([("ОТДЕЛЕНИЕ № 8615 СБЕРБАНКА РОССИИ г. Кемерово", "043207612", "30101810200000000612"), ("ФИЛИАЛ «НОВОСИБИРСКИЙ» АО «АЛЬФА-БАНК»", "045004774", "30101810600000000774"), ("КЕМЕРОВСКОЕ ОТДЕЛЕНИЕ ПАО «ВТБ»", "043207731", "30101810900000000731")])
    rs = f"40702810{digits(rng, 12)}"
    total_w = sum(x["qty"] for x in items)

    def render(path):
        pdf = new_fpdf(orientation="L", creator="1С:Предприятие 8.3 · Управление автотранспортом")
        pdf.add_page()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        txt(pdf, 12, 8, vname, 11, "B")
        txt(pdf, 12, 14, vaddr + f", тел. +7 (3842) {rng.randint(30, 79)}-{digits(rng, 2)}-{digits(rng, 2)}", 7.6)
        # the bank grid
        x0, y0 = 12, 20
        w1, w2, w3 = 120, 18, 62
        pdf.rect(x0, y0, w1, 14)
        txt(pdf, x0 + 1, y0 + 1, bank[0], 7.8)
        txt(pdf, x0 + 1, y0 + 10, "Банк получателя", 6.6, color=(80, 80, 80))
        pdf.rect(x0 + w1, y0, w2, 7)
        txt(pdf, x0 + w1 + 1, y0 + 1.4, "БИК", 7.6)
        pdf.rect(x0 + w1 + w2, y0, w3, 7)
        txt(pdf, x0 + w1 + w2 + 1, y0 + 1.4, bank[1], 7.6)
        pdf.rect(x0 + w1, y0 + 7, w2, 7)
        txt(pdf, x0 + w1 + 1, y0 + 8.4, "Сч. №", 7.6)
        pdf.rect(x0 + w1 + w2, y0 + 7, w3, 7)
        txt(pdf, x0 + w1 + w2 + 1, y0 + 8.4, bank[2], 7.6)
        pdf.rect(x0, y0 + 14, w1 / 2, 6)
        txt(pdf, x0 + 1, y0 + 15, f"ИНН {vid}", 7.6)
        pdf.rect(x0 + w1 / 2, y0 + 14, w1 / 2, 6)
        txt(pdf, x0 + w1 / 2 + 1, y0 + 15, f"КПП {kpp}", 7.6)
        pdf.rect(x0 + w1, y0 + 14, w2, 14)
        txt(pdf, x0 + w1 + 1, y0 + 15.4, "Сч. №", 7.6)
        pdf.rect(x0 + w1 + w2, y0 + 14, w3, 14)
        txt(pdf, x0 + w1 + w2 + 1, y0 + 15.4, rs, 7.6)
        pdf.rect(x0, y0 + 20, w1, 8)
        txt(pdf, x0 + 1, y0 + 20.6, vname, 7.8)
        txt(pdf, x0 + 1, y0 + 24.6, "Получатель", 6.6, color=(80, 80, 80))
        # stamp-like box on the right: ОГРН etc.
        txt(pdf, 218, 20, f"ОГРН {ogrn}", 7.4, color=(70, 70, 70))
        txt(pdf, 218, 24.5, f"ОКПО {digits(rng, 8)}", 7.4, color=(70, 70, 70))
        txt(pdf, 218, 29, "ОКВЭД 49.41 (грузовые перевозки)", 7.4, color=(70, 70, 70))
        txt(pdf, 218, 33.5, "Страница 1 из 1", 7.4, color=(70, 70, 70))
        y = 53
        txt(pdf, 12, y, f"Счёт на оплату № {no} от {fd(d)}", 14, "B")
        pdf.set_line_width(0.6)
        pdf.line(12, y + 8, 285, y + 8)
        pdf.set_line_width(0.2)
        y += 11
        for lab, val in (
            ("Исполнитель:", f"{vname}, ИНН {vid}, КПП {kpp}, {vaddr}"),
            ("Заказчик:", f"{bname}, ИНН {bid}, КПП {bkpp}, {baddr}"),
            ("Основание:", dogovor),
        ):
            txt(pdf, 12, y, lab, 8.2)
            txt(pdf, 38, y, val, 8.2, "B")
            y += 5.2
        y += 2
        cols = [("№", 8, "C"), ("Дата\nпогрузки", 19, "C"), ("ТН №", 14, "C"), ("Маршрут", 46, "L"), ("Гос. номер ТС", 27, "C"), ("Наименование услуги", 56, "L"), ("Вес, т", 17, "R"), ("Тариф,\nруб./т", 18, "R"), ("Сумма без\nНДС, руб.", 24, "R"), ("Ставка\nНДС", 12, "C"), ("Сумма\nНДС, руб.", 19, "R"), ("Всего с\nНДС, руб.", 23, "R")]
        hh = 9
        pdf.set_fill_color(235, 235, 235)
        x = 12
        for title, w, _a in cols:
            pdf.rect(x, y, w, hh, "DF")
            for k, part in enumerate(title.split("\n")):
                txt(pdf, x, y + 1.2 + k * 3.4 + (1.7 if "\n" not in title else 0), part, 6.8, "B", font="DVC", align="C", w=w)
            x += w
        y += hh
        for k, it in enumerate(items):
            vals = [str(k + 1), it["day"].strftime("%d.%m.%Y"), it["tn"], it["route"], it["plate"], it["desc"], sp(it["qty"], 3), sp(it["price"]), sp(it["amount"]), f"{rate}%", sp(it["tax"]), sp(it["amount"] + it["tax"])]
            x = 12
            for (_t, w, a), v in zip(cols, vals, strict=True):
                pdf.rect(x, y, w, 6)
                txt(pdf, x + 0.8, y + 1.2, v, 7.2, font="DVC", align=a, w=w - 1.6)
                x += w
            y += 6
        # totals rows, ruled
        wl = sum(c[1] for c in cols[:6])
        for lab, vals, bold in (("Итого:", [sp(total_w, 3), "", sp(net), "", sp(tax), sp(total)], "B"),):
            pdf.rect(12, y, wl, 6)
            txt(pdf, 13, y + 1.2, lab, 7.6, bold, font="DVC", align="R", w=wl - 2)
            x = 12 + wl
            for (_t, w, a), v in zip(cols[6:], vals, strict=True):
                pdf.rect(x, y, w, 6)
                txt(pdf, x + 0.8, y + 1.2, v, 7.2, bold, font="DVC", align=a, w=w - 1.6)
                x += w
            y += 6
        y += 4
        rx = 190
        for lab, val, b in (("Итого без НДС:", sp(net), ""), (f"В том числе НДС {rate}%:" if False else f"НДС {rate}%:", sp(tax), ""), ("Всего к оплате:", sp(total), "B")):
            txt(pdf, rx, y, lab, 9, b, w=50, align="R")
            txt(pdf, rx + 50, y, val, 9, b, w=45, align="R")
            y += 5.4
        ty = y - 16
        txt(pdf, 12, ty, f"Всего оказано услуг {len(items)}, общий вес {sp(total_w, 3)} т, на сумму {sp(total)} руб.", 8.2)
        if due:
            txt(pdf, 12, ty + 5.5, f"Оплатить не позднее {due.strftime('%d.%m.%Y')}", 8.6, "B")
        else:
            txt(pdf, 12, ty + 5.5, "Оплата в течение 10 банковских дней с даты подписания акта оказанных услуг.", 8.2)
        txt(pdf, 12, ty + 11, "В назначении платежа обязательно указывайте номер счёта. Счёт действителен при наличии подписанного акта.", 7.4, color=(80, 80, 80))
        y += 6
        pdf.line(12, y, 285, y)
        y += 7
        txt(pdf, 12, y, "Руководитель", 8.6, "B")
        pdf.line(40, y + 4, 95, y + 4)
        txt(pdf, 97, y, rng.choice(["Шевцов А. В.", "Кравченко И. Н.", "Гайдамак О. П."]), 8.4)
        txt(pdf, 150, y, "Главный бухгалтер", 8.6, "B")
        pdf.line(185, y + 4, 240, y + 4)
        txt(pdf, 242, y, rng.choice(["Ермакова Т. С.", "Лапина Е. Г.", "Фролова Н. А."]), 8.4)
        pdf.output(path)

    notes = (
        f"Kemerovo (Kuzbass, Russia) СЧЁТ НА ОПЛАТУ of a road haulier in Russian on a LANDSCAPE page: the ruled bank-details grid at the top (Банк получателя, БИК, Сч. №, ИНН, КПП), then a FULLY RULED register of trips (loading date, waybill ТН №, route, vehicle plate, weight in tonnes with three decimals, tariff per tonne), НДС {rate} % per row ({'22 % from 1 January 2026' if rate == 22 else '20 % before 2026'}), '1 234,56': "
        "vendor = the name at the top and 'Исполнитель'; vendor_tax_id = its ИНН (10 digits with check digits; the КПП, ОГРН, ОКПО, the ОКВЭД code, the customer's ИНН / КПП, the bank's БИК, correspondent and settlement accounts, the contract 'Основание' and the waybills are decoys). "
        "invoice_number = 'Счёт на оплату №'; invoice_date = its 'от' date (the loading dates are decoys). "
        + due_note(due, None if due else "Оплата в течение 10 банковских дней с даты подписания акта оказанных услуг", "Оплатить не позднее")
        + "No PO (the contract is a decoy). subtotal = 'Итого без НДС'; tax = 'НДС %'; total = 'Всего к оплате' (the row 'Итого' repeats them; the total weight is a decoy). Currency RUB (руб.). "
        "Line items: every trip row, quantity = the weight in tonnes, amount without НДС."
    )
    t = truth(vname, vid, no, None, d, due, "RUB", net, tax, total, items, notes)
    chk = [fd(d), due.strftime("%d.%m.%Y") if due else None, no, vid, bid, kpp, "Всего к оплате:", sp(total_w, 3), dogovor]
    return t, chk, render


# =========================================================================== 07 Taupō (GST 15, NZD), professional services with hours, two pages
TP_V = [
    ("Lakeside Geotechnical Ltd", "22 Tūwharetoa Street, Taupō 3330", (12, 74, 110)),
    ("Tongariro Planning & Resource Consents Ltd", "Level 1, 41 Horomatangi Street, Taupō 3330", (127, 29, 29)),
    ("Huka Falls Digital Consulting Ltd", "8 Ruapehu Street, Taupō 3330", (20, 83, 45)),
    ("Waikato River Surveyors Ltd", "115 Spa Road, Taupō 3330", (88, 28, 135)),
]
TP_B = [
    ("Taupō District Council – Infrastructure", "Private Bag 2005, Taupō Mail Centre, Taupō 3352"),
    ("Acacia Bay Developments Ltd", "PO Box 410, Taupō 3351"),
    ("Contact Energy Ltd – Wairakei Power Station", "State Highway 1, Wairakei 3377"),
    ("Kinloch Estates Limited Partnership", "3 Marina Terrace, Kinloch 3377"),
]
TP_STAFF = [
    [("RM", "Principal Geotechnical Engineer", 245, 275), ("JT", "Engineering Geologist", 165, 195), ("AK", "Graduate Engineer", 115, 135)],
    [("SH", "Director, Senior Planner", 230, 260), ("BW", "Intermediate Planner", 150, 175), ("LP", "Planning Technician", 105, 120)],
    [("DN", "Lead Solutions Architect", 220, 250), ("MC", "Senior Developer", 170, 195), ("EV", "Business Analyst", 145, 165)],
    [("GF", "Licensed Cadastral Surveyor", 210, 240), ("HT", "Survey Technician", 120, 140), ("OR", "CAD Draughtsperson", 100, 115)],
]
TP_TASKS = [
    ["Site walkover of the proposed subdivision and review of published geological maps, noting the ignimbrite exposures along the lake edge",
     "Logging of six hand auger boreholes and Scala penetrometer tests to 3.0 m, including sample collection for laboratory testing",
     "Preparation of the geotechnical investigation report for resource consent, slope stability assessment of the escarpment",
     "Liaison with council's development engineer on the liquefaction assessment and the building platform setbacks",
     "Review of the foundation drawings and producer statement PS4 inspection of the pile bores on site"],
    ["Pre-application meeting with council planners and preparation of the meeting notes for the client",
     "Drafting of the assessment of environmental effects for the 14-lot subdivision, including the landscape and visual section",
     "Review of the District Plan rural lifestyle zone provisions and the Waikato Regional Policy Statement objectives",
     "Consultation with iwi representatives and preparation of the summary of engagement for the application",
     "Response to council's section 92 request for further information on traffic and servicing"],
    ["Workshop with the station's operations team to map the maintenance work-order process and its data sources",
     "Design of the integration between the asset register and the new mobile inspection app, including offline sync",
     "Development sprint: inspection forms, photo capture and the sign-off workflow for shift supervisors",
     "User acceptance testing with control room staff and correction of the defects raised in the test log",
     "Documentation of the deployment runbook and handover to the client's IT service desk"],
    ["Boundary definition survey of Lot 2 DP 543210 and location of the existing survey marks along the road frontage",
     "Topographical survey of the building platform and the stormwater flow path, including levels on the neighbouring boundary",
     "Preparation of the scheme plan for the two-lot subdivision and the easement schedule for the shared access",
     "Lodgement of the land transfer survey dataset with Toitū Te Whenua LINZ and response to the requisition",
     "Set-out of the house corners and the boundary offsets for the builder, with a set-out certificate"],
]


def _wrap(pdf, s, w, size, font):
    """Lines of s that fit w mm at size (fpdf2's string width)."""
    pdf.set_font(font, "", size)
    out, cur = [], ""
    for word in s.split():
        t = (cur + " " + word).strip()
        if pdf.get_string_width(t) <= w:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


@style("07", "nz_tpo_taupo_professional_services_gst_15_hours_wrapped_two_pages")
def s07(rng, i):
    vname, vaddr, color = TP_V[i]
    bname, baddr = TP_B[i]
    d = rand_date(rng)
    two = i in (1, 3)
    n = 15 if two else rng.randint(4, 6)
    staff = {s[0]: (s[1], D(rng.randint(s[2] // 5, s[3] // 5) * 5)) for s in TP_STAFF[i]}
    items = []
    for _ in range(n):
        ini = rng.choice(list(staff))
        h = D(rng.randint(1, 16)) / 2
        day = d - dt.timedelta(days=rng.randint(3, 40))
        items.append({"day": day, "staff": ini, "desc": rng.choice(TP_TASKS[i]), "qty": h, "price": staff[ini][1], "amount": q2(h * staff[ini][1])})
    items.sort(key=lambda x: x["day"])
    fees = sum(x["amount"] for x in items)
    km = rng.randint(40, 380)
    disb = [{"day": d - dt.timedelta(days=rng.randint(3, 30)), "staff": "", "desc": f"Mileage, site visits ({km} km at $1.04/km)", "qty": D(km), "price": D("1.04"), "amount": q2(km * D("1.04"))}]
    if i in (0, 3):
        lab = D(rng.randint(300, 1800))
        disb.append({"day": d - dt.timedelta(days=rng.randint(3, 30)), "staff": "", "desc": "Laboratory testing (on-charged at cost)" if i == 0 else "LINZ lodgement fees (on-charged at cost)", "qty": D(1), "price": lab, "amount": q2(lab)})
    dsum = sum(x["amount"] for x in disb)
    all_items = items + disb
    net = fees + dsum
    tax = q2(net * D("0.15"))
    total = net + tax
    gst = nz_ird(rng)
    no = [f"INV-{rng.randint(1000, 9999)}", f"{rng.randint(10000, 99999)}", f"HFD{d.strftime('%y')}{rng.randint(100, 999)}", f"{rng.randint(2000, 8999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: long_date(x, "en"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en_short'][x.month - 1]} {x.year}"][i]
    due = None if i == 2 else (dt.date(d.year + (d.month == 12), d.month % 12 + 1, 20))
    po = [f"{rng.randint(4500000, 4599999)}", f"ABD-{rng.randint(100, 999)}", None, f"{rng.randint(1000, 9999)}"][i]
    proj = ["Acacia Bay stormwater renewal", "14-lot subdivision, Acacia Bay Road", "Wairakei inspection app", "Lot 2 DP 543210, Kinloch"][i]
    yourref = f"Order {po} – {proj}" if po else proj
    job = f"J{rng.randint(2000, 2999)}"
    nzbn = f"94290{digits(rng, 8)}"
    bankacct = f"{rng.choice(['02', '03', '06', '12'])}-{digits(rng, 4)}-{digits(rng, 7)}-{digits(rng, 2)}"

    def render(path):
        pdf = lfont(new_fpdf(creator="WorkflowMax by Xero"))
        W = 210
        col = [("Date", 20, "L"), ("Staff", 12, "L"), ("Description", 98, "L"), ("Hours", 14, "R"), ("Rate", 18, "R"), ("Amount", 22, "R")]
        X0 = 13
        pages = 2 if two else 1
        # lay the rows out first: how many fit on page 1
        pdf.add_page()
        rows = []
        for x in all_items:
            ls = _wrap(pdf, x["desc"], col[2][1] - 2, 8.2, "LSans")
            rows.append((x, ls, 1.6 + 3.9 * len(ls)))

        def head(page):
            pdf.set_fill_color(*color)
            pdf.rect(0, 0, W, 3, "F")
            txt(pdf, X0, 10, vname, 15, "B", font="LSerif", color=color)
            txt(pdf, X0, 17.5, vaddr, 8.2, font="LSans", color=(70, 70, 70))
            txt(pdf, X0, 21.5, f"GST No: {gst}   NZBN: {nzbn}", 8.2, font="LSans", color=(70, 70, 70))
            txt(pdf, 150, 10, "TAX INVOICE", 15, "B", font="LSans", w=47, align="R")
            txt(pdf, 150, 17.5, f"Page {page} of {pages}", 8, font="LSans", w=47, align="R", color=(90, 90, 90))

        head(1)
        y = 31
        txt(pdf, X0, y, "Bill to", 7.6, font="LSans", color=(110, 110, 110))
        txt(pdf, X0, y + 4.5, bname, 9.6, "B", font="LSans")
        txt(pdf, X0, y + 9.5, baddr, 8.6, font="LSans")
        kx = 125
        facts = [("Invoice No:", no), ("Invoice Date:", fd(d)), ("Due Date:", fd(due) if due else "On receipt"), ("Job No:", job), ("Client Code:", f"{bname[:3].upper()}{rng.randint(10, 99)}")]
        for k, (lab, val) in enumerate(facts):
            txt(pdf, kx, y + k * 4.8, lab, 8.6, font="LSans", color=(90, 90, 90))
            txt(pdf, kx + 26, y + k * 4.8, val, 8.6, "B", font="LSans")
        y += 27
        txt(pdf, X0, y, f"Your reference: {yourref}", 8.8, font="LSans")
        y += 5
        txt(pdf, X0, y, f"Professional services for the period {fd(min(x['day'] for x in all_items))} to {fd(max(x['day'] for x in all_items))}", 8.8, "B", font="LSans")
        y += 8

        def thead(y):
            pdf.set_draw_color(*color)
            pdf.set_line_width(0.5)
            x = X0
            for t, w, a in col:
                txt(pdf, x + 1, y, t, 8, "B", font="LSans", align=a, w=w - 2, color=color)
                x += w
            pdf.line(X0, y + 5, X0 + sum(c[1] for c in col), y + 5)
            pdf.set_line_width(0.2)
            return y + 7

        y = thead(y)
        page = 1
        limit = 255 if two else 270
        for k, (x, ls, h) in enumerate(rows):
            if x is disb[0]:
                y += 2
                txt(pdf, X0 + 1, y, "Disbursements", 8.4, "B", font="LSans")
                y += 5
            if two and page == 1 and (y + h > limit or k == 9):
                txt(pdf, X0, y + 2, "Continued on page 2 …", 8, "", font="LSans", color=(90, 90, 90))
                pdf.add_page()
                page = 2
                head(2)
                txt(pdf, X0, 27, f"Invoice {no} (continued)", 9, "B", font="LSans")
                y = thead(34)
            vals = [x["day"].strftime("%d/%m/%y"), x["staff"], None, qstr(x["qty"]), en(x["price"]), en(x["amount"])]
            cx = X0
            for (_t, w, a), v in zip(col, vals, strict=True):
                if v is None:
                    for j, part in enumerate(ls):
                        txt(pdf, cx + 1, y + j * 3.9, part, 8.2, font="LSans", w=w - 2)
                else:
                    txt(pdf, cx + 1, y, v, 8.2, font="LSans", align=a, w=w - 2)
                cx += w
            y += h
            pdf.set_draw_color(220, 220, 220)
            pdf.line(X0, y - 1, X0 + sum(c[1] for c in col), y - 1)
        y += 4
        tx = 120
        for lab, val, b in (("Professional fees", en(fees), ""), ("Disbursements", en(dsum), ""), ("Subtotal (excl. GST)", en(net), "B"), ("GST 15%", en(tax), ""), ("Total (incl. GST) NZD", en(total), "B")):
            if lab.startswith("Total"):
                pdf.set_draw_color(*color)
                pdf.set_line_width(0.5)
                pdf.line(tx, y - 1, tx + 77, y - 1)
                pdf.set_line_width(0.2)
            txt(pdf, tx, y, lab, 9, b, font="LSans")
            txt(pdf, tx + 45, y, val, 9, b, font="LSans", w=32, align="R")
            y += 5.6
        y += 4
        txt(pdf, X0, y, "Payment by direct credit to " + bankacct + f" ({rng.choice(['ANZ', 'BNZ', 'ASB', 'Westpac'])}), quoting the invoice number.", 8.2, font="LSans")
        txt(pdf, X0, y + 4.6, "Terms: " + ("payment is due on the 20th of the month following the invoice date." if due else "payment on receipt of this invoice."), 8.2, font="LSans")
        txt(pdf, X0, y + 9.2, "Time is recorded in units of six minutes; fees are charged at the hourly rates in our terms of engagement.", 7.6, font="LSans", color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Taupō (New Zealand) professional-services TAX INVOICE in English (Liberation serif and sans): time entries by staff initials with HOURS and hourly rates, descriptions WRAPPED over two or three lines, disbursements below, the facts as LABEL: value pairs BESIDE each other at the right, "
        f"GST 15 %, '1,234.56'{', over TWO PAGES (the totals on page 2, Page x of 2)' if two else ''}: "
        "vendor = the name at the top; vendor_tax_id = 'GST No' (an IRD number with a valid check digit; the NZBN, the bank account, the job number and the client code are decoys). "
        "invoice_number = 'Invoice No'; invoice_date = 'Invoice Date' (the entries' dates and the period are decoys). "
        + due_note(due, None if due else "On receipt", "Due Date")
        + (po_note(po, "Your reference: Order") if po else "No PO ('Your reference' names only the project). ")
        + "subtotal = 'Subtotal (excl. GST)' (the fees and disbursements rows are parts); tax = 'GST 15%'; total = 'Total (incl. GST) NZD'. Currency NZD. "
        "Line items: every time entry (quantity = hours) and every disbursement (mileage in km, at-cost charges 1)."
    )
    t = truth(vname, gst, no, po, d, due, "NZD", net, tax, total, all_items, notes)
    chk = [fd(d), fd(due) if due else None, no, gst, nzbn, yourref, "Total (incl. GST) NZD", "Page 2 of 2" if two else "Page 1 of 1"]
    return t, chk, render

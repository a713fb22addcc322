"""fpdf2 styles for set 77, first part (06 Kobuleti beach-side shop's TILL RECEIPT on an 80 mm roll in Georgian with
English glosses, prices including VAT 18 %, 'of which VAT' below the total, GEL, ISO date-times, a loyalty discount on
two; 07 Koprivnica wholesaler's RAČUN in Croatian OVER TWO PAGES with the sums carried forward ('Prijenos'), captions
UNDER the values of the header facts, PDV 25 % and 5 % recapitulated, 1.234,56 EUR, the fiscal JIR / ZKI block)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import hr_oib, incl_tax, long_date, pick
from invoice_kit import de, digits, iban, iban_fmt, new_fpdf, q2, qstr, rand_date, style_registry, table, txt
from kit_common import bars_fpdf, due_note, po_note, qr_fpdf, truth

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 Kobuleti till receipt (VAT 18 % incl., GEL)
KB_V = [("შპს ზღვისპირა მარკეტი", "ქობულეთი, რუსთაველის ქ. 112"), ("შპს აჭარა ფარმ", "ქობულეთი, აღმაშენებლის ქ. 35"),
        ("შპს ციხისძირი კაფე", "ქობულეთი, ციხისძირის გზატკეცილი 4"), ("შპს შავი ზღვის სათევზაო", "ქობულეთი, ჭავჭავაძის ქ. 9")]
KB_ROWS = [
    [("წყალი ბორჯომი 0.5ლ", "ც", 1, 6, 1.2, 2.5), ("ხაჭაპური აჭარული", "ც", 1, 4, 9, 16), ("მზის კრემი SPF50", "ც", 1, 2, 18, 35), ("ნაყინი ესკიმო", "ც", 1, 6, 1.5, 3.5), ("პური თონის", "ც", 1, 4, 0.8, 1.5), ("ჩურჩხელა", "ც", 1, 5, 3, 6)],
    [("პარაცეტამოლი 500მგ N20", "შეკ", 1, 3, 2.5, 6), ("ნუროფენი 200მგ N24", "შეკ", 1, 2, 9, 16), ("ბინტი სტერილური", "ც", 1, 4, 1.2, 3), ("ვიტამინი C 1000მგ", "შეკ", 1, 2, 12, 24), ("თერმომეტრი ციფრული", "ც", 1, 1, 15, 30)],
    [("ყავა ესპრესო", "ც", 1, 6, 3, 6), ("ლობიანი", "ც", 1, 4, 5, 9), ("ლიმონათი ლაღიძე 0.5ლ", "ც", 1, 6, 2.5, 4.5), ("ხინკალი (10 ც.)", "პორც", 1, 4, 9, 15), ("სალათი ქართული", "ც", 1, 3, 7, 12)],
    [("ანკესი ნახშირბადის 4მ", "ც", 1, 2, 45, 120), ("სათევზაო ძაფი 0.3მმ", "ც", 1, 4, 6, 15), ("სატყუარა ნაკრები", "ნაკრ", 1, 3, 12, 28), ("ჭია (სატყუარა) 100გ", "ც", 1, 5, 3, 6)],
]


@style("06", "ge_kob_kobuleti_till_receipt_80mm_vat_18_incl_georgian_iso_datetime_discount")
def s06(rng, i):
    vname, vaddr = KB_V[i]
    d = rand_date(rng)
    items = pick(rng, KB_ROWS[i], [5, 3, 4, 3][i], D("0.05"))
    disc = None
    if i in (1, 3):
        disc = -q2(sum(x["amount"] for x in items) * D("0.05"))
        items.append({"desc": "ფასდაკლება / Discount 5%", "unit": "", "qty": None, "price": None, "amount": disc, "show_qty": False})
    total = sum(x["amount"] for x in items)
    vat = incl_tax(total, 18)
    sk = "4" + digits(rng, 8)
    no = str(rng.randint(1000, 99999))
    tm = f"{rng.randint(9, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    card = i in (0, 1)
    step = rng.choice([5, 10, 20, 50])
    paid = total if card else D((int(total) // step + 1) * step)
    kkm = "KKM " + digits(rng, 8)
    H = 120 + len(items) * 8

    def render(path):
        pdf = new_fpdf("P", (80, H), creator="Daisy Expert")
        pdf.add_page()
        y = 5
        txt(pdf, 4, y, vname, 10, "B", w=72, align="C")
        y += 5.5
        for s in (vaddr, f"ს/კ (Tax ID) {sk}", f"სალარო / Cash desk #{rng.randint(1, 4)}   {kkm}"):
            txt(pdf, 4, y, s, 7.2, w=72, align="C")
            y += 3.8
        y += 1.5
        txt(pdf, 4, y, "ფისკალური ქვითარი / FISCAL RECEIPT", 8.2, "B", w=72, align="C")
        y += 5
        txt(pdf, 4, y, f"ჩეკი № / Receipt No. {no}", 7.6)
        y += 4
        txt(pdf, 4, y, f"{d.isoformat()} {tm}", 7.6, font="Mono")
        txt(pdf, 40, y, f"Z-{rng.randint(100, 999)}", 7.6, font="Mono", w=36, align="R")
        y += 4.5
        pdf.set_draw_color(0, 0, 0)
        pdf.dashed_line(4, y, 76, y, 1, 1)
        y += 2
        for x in items:
            txt(pdf, 4, y, x["desc"], 7.6)
            y += 3.8
            if x["qty"] is not None:
                txt(pdf, 8, y, f"{qstr(x['qty'])} x {x['price']:.2f}", 7.4, font="Mono")
            txt(pdf, 40, y, f"{x['amount']:.2f}", 7.6, font="Mono", w=36, align="R")
            y += 4.2
        pdf.dashed_line(4, y, 76, y, 1, 1)
        y += 2.5
        txt(pdf, 4, y, "სულ / TOTAL GEL", 10, "B")
        txt(pdf, 40, y, f"{total:.2f}", 10, "B", font="Mono", w=36, align="R")
        y += 6
        txt(pdf, 4, y, "მ.შ. დღგ 18% / incl. VAT 18%", 7.6)
        txt(pdf, 50, y, f"{vat:.2f}", 7.6, font="Mono", w=26, align="R")
        y += 5
        txt(pdf, 4, y, "ბარათი / Card" if card else "ნაღდი / Cash", 7.6)
        txt(pdf, 50, y, f"{paid:.2f}", 7.6, font="Mono", w=26, align="R")
        y += 4
        if not card:
            txt(pdf, 4, y, "ხურდა / Change", 7.6)
            txt(pdf, 50, y, f"{paid - total:.2f}", 7.6, font="Mono", w=26, align="R")
            y += 4
        else:
            txt(pdf, 4, y, f"VISA ****{digits(rng, 4)}  RRN {digits(rng, 12)}", 6.8, font="Mono")
            y += 4
        y += 2
        qr_fpdf(pdf, rng, 26, y, 28)
        y += 30
        txt(pdf, 4, y, "rs.ge · გმადლობთ! / Thank you!", 7.2, w=72, align="C")
        pdf.output(path)

    notes = ("Kobuleti (Adjara, Georgia) TILL RECEIPT on an 80 mm roll in Georgian with English glosses, prices INCLUDING VAT 18 %, amounts 1234.56, date ISO with the time: "
             "vendor = the name at the top (შპს = LLC); vendor_tax_id = 'ს/კ (Tax ID)' (9 digits; the cash desk, KKM number, Z number, card digits and RRN are decoys). invoice_number = 'ჩეკი № / Receipt No.'; invoice_date = the ISO date beside the time. "
             "No due date or term printed (null). No PO. subtotal null (no net printed); tax = 'მ.შ. დღგ 18% / incl. VAT 18%' (the VAT inside the total); total = 'სულ / TOTAL GEL'"
             + (" (the cash paid and the change are decoys)" if not card else "") + ". Currency GEL. Line items: each article with its VAT-inclusive amount"
             + (", and the 5 % loyalty discount as a negative line without a quantity" if disc else "") + "; they sum to the total.")
    t = truth(vname, sk, no, None, d, None, "GEL", None, vat, total, items, notes)
    chk = {"printed": [vname, sk, no, d.isoformat(), kkm, "TOTAL GEL"]}
    return t, chk, render


# =========================================================================== 07 Koprivnica two-page račun (PDV 25 % / 5 %, EUR)
KP_V = [("DRAVSKI VELETRGOVAC d.o.o.", "Ulica Ivana Meštrovića 21, 48000 Koprivnica", (15, 76, 129)), ("PODRAVSKA PEKARA KLAS d.o.o.", "Miklinovec 6a, 48000 Koprivnica", (150, 60, 20)),
        ("BILOGORA AGRO-CENTAR d.o.o.", "Đurđevačka cesta 44, 48000 Koprivnica", (40, 100, 40)), ("KOPRIVNIČKI TISAK j.d.o.o.", "Trg bana Jelačića 3, 48000 Koprivnica", (90, 40, 110))]
KP_B = [("TRGOVINA KOD MARICE obrt", "Trg Republike 2, 48350 Đurđevac"), ("OSNOVNA ŠKOLA BRAĆE RADIĆA", "Ulica Ante Starčevića 1, 48000 Koprivnica"),
        ("OPG HORVAT IVAN", "Legrad 114, 48317 Legrad"), ("DOM ZDRAVLJA KOPRIVNIČKO-KRIŽEVAČKE ŽUPANIJE", "Trg Tomislava dr. Bardeka 10, 48000 Koprivnica")]
KP_GOODS = {
    0: [("Brašno pšenično T-550, 1 kg", 5), ("Šećer kristal, 1 kg", 5), ("Ulje suncokretovo, 1 l", 5), ("Riža dugo zrno, 1 kg", 5), ("Tjestenina špageti, 500 g", 5), ("Kava mljevena, 250 g", 25), ("Čaj kamilica, 20 vrećica", 25), ("Sol morska, 1 kg", 5), ("Ocat alkoholni 9 %, 1 l", 25), ("Juha goveđa, vrećica", 25), ("Vegeta dodatak jelima, 500 g", 25), ("Detergent za posuđe, 1 l", 25), ("Toaletni papir, 10 rola", 25), ("Mlijeko trajno 2,8 %, 1 l", 5), ("Jaja, 10 kom", 5), ("Keksi čajni, 300 g", 25), ("Mineralna voda, 1,5 l", 25), ("Sok od jabuke, 1 l", 25)],
    1: [("Kruh bijeli, 700 g", 5), ("Kruh raženi, 500 g", 5), ("Kifle s maslacem, kom", 5), ("Pecivo sa sjemenkama, kom", 5), ("Burek sa sirom, kom", 25), ("Pogača, 400 g", 5), ("Krafne s marmeladom, kom", 25), ("Štrudla s jabukama, 1 kg", 25), ("Perec, kom", 5), ("Kroasan, kom", 25), ("Kruh kukuruzni, 500 g", 5), ("Pizza-kruh, kom", 25), ("Kolač makovnjača, 1 kg", 25), ("Tost kruh, 500 g", 5), ("Pletenica, kom", 5), ("Sendvič šunka-sir, kom", 25)],
    2: [("Sjeme kukuruza FAO 400, vreća", 5), ("Gnojivo NPK 15-15-15, 50 kg", 25), ("Urea 46 %, 50 kg", 25), ("Sredstvo za zaštitu bilja, 1 l", 25), ("Rukavice radne, par", 25), ("Crijevo vrtno 25 m", 25), ("Lopata, kom", 25), ("Kabel za ogradu, 500 m", 25), ("Hrana za perad, 25 kg", 5), ("Hrana za svinje, 25 kg", 5), ("Sjeme pšenice, 25 kg", 5), ("Folija za plastenik, m²", 25), ("Prskalica leđna 16 l", 25), ("Sjeme suncokreta, vreća", 5), ("Mineralna sol za stoku, 10 kg", 5), ("Vile, kom", 25)],
    3: [("Fotokopirni papir A4, 500 listova", 25), ("Registrator široki", 25), ("Kemijska olovka, kutija 50 kom", 25), ("Toner HP 85A, zamjenski", 25), ("Omotnice B5, 100 kom", 25), ("Novine Podravski list, pretplata", 5), ("Knjiga Priče iz Podravine", 5), ("Kalendar zidni 2026", 25), ("Bilježnica A4 crte", 25), ("Ljepilo u stiku", 25), ("Spajalice, kutija", 25), ("Flomasteri, set 12", 25), ("Časopis stručni, pretplata", 5), ("Etikete samoljepive, 100 listova", 25), ("Fascikl s klapnom", 25), ("Karte zemljopisne, komplet", 5)],
}


@style("07", "hr_kop_koprivnica_racun_two_pages_prijenos_pdv_25_5_captions_under_jir_zki")
def s07(rng, i):
    vname, vaddr, color = KP_V[i]
    bname, baddr = KP_B[i]
    d = rand_date(rng)
    goods = rng.sample(KP_GOODS[i], [16, 15, 16, 15][i])
    items = []
    for desc, rate in goods:
        q = D(rng.randint(2, 60))
        p = q2(D(rng.randint(30, 2500)) / 100)
        items.append({"desc": desc, "unit": "kom", "qty": q, "price": p, "amount": q2(q * p), "rate": rate})
    rates = (25, 5)
    base = {r: sum((x["amount"] for x in items if x["rate"] == r), D(0)) for r in rates}
    taxr = {r: q2(base[r] * r / 100) for r in rates}
    net = sum(base.values())
    tax = sum(taxr.values())
    total = net + tax
    oib_, boib = hr_oib(rng), hr_oib(rng)
    no = f"{rng.randint(1, 2999)}/{rng.choice(['POS1', 'VP1', '1'])}/{rng.randint(1, 3)}"
    f = lambda x: x.strftime("%d.%m.%Y.")  # noqa: E731
    due = d + dt.timedelta(days=rng.choice([15, 30, 60])) if i != 2 else None
    po = f"NAR-{rng.randint(100, 999)}/{d.strftime('%y')}" if i in (1, 3) else None
    otp = f"OTP-{rng.randint(1000, 9999)}"
    ib = iban_fmt(iban("HR", rng.choice(["2402006", "2340009", "2484008"]) + digits(rng, 10, True)))
    jir = f"{digits(rng, 8)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 12)}"
    zki = digits(rng, 32)
    split = 12 if i % 2 == 0 else 11
    mbs = digits(rng, 9, True)
    eans = ["385" + digits(rng, 10) for _ in items]
    ddate = f(d) if i % 2 == 0 else long_date(d, "hr")

    def render(path):
        pdf = new_fpdf(creator="Pantheon 5.5")
        cols = [("Rb.", 9, "L"), ("Naziv artikla", 74, "L"), ("JM", 10, "L"), ("Količina", 17, "R"), ("Cijena", 20, "R"), ("PDV %", 13, "R"), ("Iznos (EUR)", 25, "R")]
        rows = [[f"{k + 1}.", x["desc"] + "\nEAN " + eans[k], x["unit"], qstr(x["qty"]), de(x["price"]), str(x["rate"]), de(x["amount"])] for k, x in enumerate(items)]
        carried = sum(x["amount"] for x in items[:split])

        def head(page):
            pdf.add_page()
            pdf.set_fill_color(*color)
            pdf.rect(0, 0, 210, 4, "F")
            txt(pdf, 16, 10, vname, 13, "B", color=color)
            txt(pdf, 16, 16.5, f"{vaddr} · OIB: {oib_} · MBS: {mbs}", 7.4, color=(70, 70, 70))
            txt(pdf, 150, 280, f"Stranica {page} od 2", 7.4, w=44, align="R", color=(100, 100, 100))
            txt(pdf, 16, 280, f"Društvo upisano kod Trgovačkog suda u Varaždinu · temeljni kapital 2.654,46 EUR · IBAN {ib}", 6.6, color=(100, 100, 100))

        head(1)
        txt(pdf, 16, 26, "Kupac:", 7.6, color=(90, 90, 90))
        txt(pdf, 16, 30.5, bname, 9, "B")
        txt(pdf, 16, 35, baddr, 8)
        txt(pdf, 16, 39.5, f"OIB kupca: {boib}", 8)
        txt(pdf, 120, 26, "RAČUN", 18, "B", color=color, w=74, align="R")
        facts = [(no, "broj računa"), (ddate, "datum izdavanja"), (f(d - dt.timedelta(days=rng.randint(0, 3))), "datum isporuke")]
        facts += [(f(due), "datum dospijeća")] if due else [("gotovina", "način plaćanja")]
        facts += [(po, "broj narudžbe")] if po else [(otp, "otpremnica")]
        x0 = 16
        for k, (v, cap) in enumerate(facts):
            xx = x0 + k * 36
            txt(pdf, xx, 48, v, 8.6, "B")
            pdf.set_draw_color(150, 150, 150)
            pdf.line(xx, 53, xx + 33, 53)
            txt(pdf, xx, 54, cap, 6.4, color=(110, 110, 110))
        y = table(pdf, 16, 64, cols, rows[:split], size=7.8, header_fill=(235, 235, 235), rowh=7.6)
        txt(pdf, 16, y + 3, "Prijenos na sljedeću stranicu:", 8.4, "B")
        txt(pdf, 150, y + 3, de(carried), 8.4, "B", w=42, align="R")
        pdf.set_draw_color(0, 0, 0)
        head(2)
        txt(pdf, 16, 26, f"Račun br. {no} – nastavak", 9, "B")
        txt(pdf, 16, 34, "Prijenos s prethodne stranice:", 8.4, "B")
        txt(pdf, 150, 34, de(carried), 8.4, "B", w=42, align="R")
        y = table(pdf, 16, 41, cols, rows[split:], size=7.8, header_fill=(235, 235, 235), rowh=7.6)
        y += 5
        txt(pdf, 16, y, "Rekapitulacija PDV-a", 8.4, "B")
        ry = table(pdf, 16, y + 5, [("Stopa", 18, "L"), ("Osnovica", 28, "R"), ("PDV", 24, "R")], [[f"{r} %", de(base[r]), de(taxr[r])] for r in rates], size=7.8, rowh=5.6)
        tx = 118
        for k, (a, b, bold) in enumerate([("Ukupno bez PDV-a", de(net), False), ("PDV ukupno", de(tax), False), ("UKUPNO ZA PLATITI (EUR)", de(total), True)]):
            yy = y + k * 6.4
            if bold:
                pdf.set_fill_color(*color)
                pdf.rect(tx, yy - 1.2, 76, 6.6, "F")
            txt(pdf, tx + 2, yy, a, 8.6, "B" if bold else "", color=(255, 255, 255) if bold else (0, 0, 0))
            txt(pdf, tx + 40, yy, b, 8.6, "B" if bold else "", w=34, align="R", color=(255, 255, 255) if bold else (0, 0, 0))
        y = max(ry, y + 20) + 8
        txt(pdf, 16, y, f"Plaćanje na IBAN {ib}, poziv na broj HR01 {no.split('/')[0]}-{d.strftime('%m%y')}.", 7.8)
        txt(pdf, 16, y + 5, f"JIR: {jir}", 7.4, font="Mono")
        txt(pdf, 16, y + 9.5, f"ZKI: {zki}", 7.4, font="Mono")
        txt(pdf, 16, y + 14, f"Operater: {rng.choice(['Ana Kolar', 'Marko Tomašić', 'Ivana Jambrek'])} · Oznaka operatera {rng.randint(1, 20)}", 7.4)
        bars_fpdf(pdf, rng, 16, y + 20, 60, 10)
        pdf.output(path)

    notes = ("Koprivnica (Croatia) RAČUN in Croatian OVER TWO PAGES with the sum carried forward ('Prijenos na sljedeću stranicu' / 'Prijenos s prethodne stranice', a decoy), header facts as bold values with CAPTIONS UNDER them, a ruled table (rules between rows), "
             "PDV 25 % and 5 % recapitulated, 1.234,56 EUR, dates " + ("dd.mm.yyyy." if i % 2 == 0 else "as long Croatian dates ('12. ožujka 2026.') for the issue date") + ": vendor = the letterhead's name; vendor_tax_id = its 'OIB' (11 digits, ISO 7064 check digit; the buyer's OIB, MBS, IBAN, JIR and ZKI are decoys). "
             "invoice_number = the value captioned 'broj računa' (the Croatian number/premises/device form); invoice_date = 'datum izdavanja' (the delivery date is a decoy). "
             + due_note(due, "gotovina", "datum dospijeća") + po_note(po, "broj narudžbe") + "subtotal = 'Ukupno bez PDV-a'; tax = 'PDV ukupno' (the recapitulation gives its parts); total = 'UKUPNO ZA PLATITI (EUR)' on page 2. Currency EUR. Line items: every row on both pages, net.")
    t = truth(vname, oib_, no, po, d, due, "EUR", net, tax, total, items, notes)
    chk = {"printed": [vname, oib_, no, ddate, boib, "Prijenos", "Stranica 2 od 2", zki, "UKUPNO ZA PLATITI"]}
    return t, chk, render

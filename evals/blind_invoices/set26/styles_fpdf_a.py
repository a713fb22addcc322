"""fpdf2 styles for set 26, first part (06 North Cyprus (TRNC) solar and air-conditioning installer's FATURA in Turkish
with KDV 16 %, a fully ruled grid, the waybill number and the total in words, in Turkish lira, 07 Mayotte building
contractor's facture in French with no TVA (art. 294 of the CGI), the totals box on the left, a table without rules
and the 5 % retention below the total, 08 Easter Island (Rapa Nui) tour and lodging company's factura exenta
electrónica in Spanish in whole Chilean pesos, exempt from IVA under DL 1.244 of 1975, with the red RUT box, a
references table and the electronic stamp)."""

# The data tables and truth notes are kept on long lines; one generator function per style.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import tr_date
from kit_common import due_note, kv, po_note, truth
from invoice_kit import de, digits, exact_price, new_fpdf, q2, qstr, rand_date, sp, style_registry, table, tr_words, txt, valid
from kit_common import MONTHS, bars_fpdf, fr_date, frame, para, totals
from stdnum.cl import rut as _rut
from stdnum.fr import siret as _siret

STYLES, style = style_registry("fpdf2")


# =========================================================================== 06 North Cyprus installer (KDV 16 %, TRY), ruled grid, waybill, total in words
CY_V = [
    ("Girne Güneş Enerji Sistemleri Ltd.", "Karaoğlanoğlu Cad. No: 42, Girne", (200, 90, 0)),
    ("Lefkoşa Klima ve Soğutma Ltd.", "Organize Sanayi Bölgesi 3. Sok. No: 7, Lefkoşa", (0, 90, 150)),
    ("Mağusa Teknik Yapı Ltd.", "Salamis Yolu No: 118, Gazimağusa", (20, 110, 60)),
    ("Güzelyurt Enerji Tesisat Ltd.", "Ecevit Cad. No: 15, Güzelyurt", (130, 30, 90)),
]
CY_B = [
    ("Akdeniz Otel İşletmeleri Ltd.", "Alsancak, Girne"),
    ("Yakın Doğu Pastanesi", "Dereboyu, Lefkoşa"),
    ("Kaleiçi Butik Otel", "Kaleiçi, Gazimağusa"),
    ("Narenciye Paketleme Kooperatifi", "Güzelyurt"),
]
CY_ROWS = [
    ("Güneş paneli 550 W monokristal", "Adet", 4, 40, "2400", "4200"),
    ("Hibrit invertör 10 kW", "Adet", 1, 3, "38000", "62000"),
    ("Güneş enerjili su ısıtıcı 200 L", "Adet", 1, 6, "14500", "23000"),
    ("Split klima 24000 BTU inverter", "Adet", 1, 8, "26000", "41000"),
    ("Bakır boru ve izolasyon", "Metre", 10, 120, "180", "320"),
    ("Montaj işçiliği", "Saat", 4, 60, "650", "1100"),
    ("Alüminyum konstrüksiyon", "Takım", 1, 10, "3200", "5800"),
]


@style("06", "cy_trnc_girne_fatura_kdv_yalniz")
def s06(rng, i):
    vname, vaddr, color = CY_V[i]
    bname, baddr = CY_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(CY_ROWS, rng.randint(3, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    net = sum(x["amount"] for x in items)
    tax = q2(net * D("0.16"))
    total = net + tax
    vno = digits(rng, 10, True)
    serial = rng.choice("ABCDE")
    no = [
        f"{rng.randint(10000, 99999):06d}",
        f"{rng.randint(1000, 9999)}",
        f"{rng.randint(100000, 299999)}",
        f"{rng.randint(100, 999)}",
    ][i]
    fd = [
        lambda x: x.strftime("%d.%m.%Y"),
        tr_date,
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: x.strftime("%d.%m.%y"),
    ][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=15), None][i]
    po = [None, f"{rng.randint(100, 999)}/{d.year}", None, f"SP-{rng.randint(1000, 9999)}"][i]
    irs = f"{rng.randint(10000, 99999)}"
    lira, kurus = divmod(int(total * 100), 100)
    words = f"Yalnız: #{tr_words(lira)}TürkLirası" + (f",{tr_words(kurus)}Kuruş#" if kurus else "#")

    def render(path):
        pdf = new_fpdf(creator="KKTC Muhasebe 7.2")
        pdf.add_page()
        txt(pdf, 14, 12, vname, 13.5, "B", color=color)
        txt(pdf, 14, 18.5, vaddr + " - KKTC", 8.2)
        txt(
            pdf,
            14,
            22.5,
            f"Tel: +90 392 {rng.randint(200, 899)} {digits(rng, 4)} · Şirket Sicil No: MŞ {rng.randint(10000, 29999)}",
            7.8,
            color=(90, 90, 90),
        )
        txt(
            pdf,
            14,
            26.5,
            f"Vergi Dairesi: {rng.choice(['Girne', 'Lefkoşa', 'Gazimağusa', 'Güzelyurt'])} · Vergi No: {vno}",
            7.8,
            color=(90, 90, 90),
        )
        pdf.set_draw_color(*color)
        pdf.set_line_width(0.6)
        pdf.rect(132, 10, 64, 36)
        pdf.set_line_width(0.2)
        txt(pdf, 132, 12, "FATURA", 16, "B", align="C", w=64, color=color)
        kv(
            pdf,
            135,
            21,
            [
                ("Seri / Sıra No", f"{serial} {no}"),
                ("Fatura Tarihi", fd(d)),
                ("İrsaliye No", irs),
                ("Sipariş No", po),
                ("Vade Tarihi", fd(due) if due else None),
            ],
            wl=26,
            wv=32,
            size=7.8,
            step=4.4,
        )
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(14, 34, 110, 22)
        txt(pdf, 16, 35.5, "Sayın", 7.6, "I", color=(110, 110, 110))
        txt(pdf, 16, 40, bname, 9.6, "B")
        txt(pdf, 16, 45, baddr + " - KKTC", 8.4)
        txt(pdf, 16, 50, f"Vergi No: {digits(rng, 10, True)}", 7.8)
        cols = [
            ("Sıra", 11, "C"),
            ("Malın / Hizmetin Cinsi", 70, "L"),
            ("Miktar", 16, "R"),
            ("Birim", 16, "C"),
            ("Birim Fiyat", 24, "R"),
            ("KDV %", 13, "C"),
            ("Tutar (TL)", 32, "R"),
        ]
        rows = [
            [str(k + 1), x["desc"], qstr(x["qty"]), x["unit"], de(x["price"]), "16", de(x["amount"])]
            for k, x in enumerate(items)
        ]
        y0 = 64
        y = table(pdf, 14, y0, cols, rows, size=7.8, rowh=6.2, header_fill=(235, 235, 235), line_color=(120, 120, 120))
        yb = max(y, 150)
        frame(pdf, 14, y0, yb, cols)
        y2 = totals(
            pdf,
            122,
            yb + 4,
            [("Ara Toplam", de(net), False), ("KDV %16", de(tax), False), ("GENEL TOPLAM (TL)", de(total), True)],
            wl=42,
            wv=32,
            size=8.6,
            line=color,
            step=5.8,
        )
        para(pdf, 14, yb + 4, 100, words, 7.8, "B", h=4)
        para(
            pdf,
            14,
            y2 + 6,
            182,
            "KDV, KKTC Katma Değer Vergisi Yasası uyarınca %16 oranında hesaplanmıştır. "
            + ("Ödeme fatura tarihinden itibaren 30 gün içinde yapılmalıdır. " if i == 0 else "")
            + f"Banka: {rng.choice(['Türk Bankası', 'Kıbrıs Vakıflar Bankası', 'Creditwest Bank'])}, Hesap No: {digits(rng, 12, True)}.",
            7.4,
            h=3.8,
        )
        txt(pdf, 14, 270, "Teslim Eden", 7.6, color=(110, 110, 110))
        txt(pdf, 150, 270, "Teslim Alan", 7.6, color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "North Cyprus (TRNC) solar and air-conditioning installer's FATURA in Turkish in Turkish lira: a framed box with 'Seri / Sıra No', the customer under 'Sayın', a fully ruled grid (vertical rules between all columns) with a KDV % column, KDV at 16 % (the TRNC standard rate), 'Ara Toplam' / 'KDV %16' / 'GENEL TOPLAM (TL)' and the total in words ('Yalnız: #...TürkLirası...#'): vendor = the company name at the top; vendor tax id = 'Vergi No' in the vendor's lines (10 digits, shape unverified); the company registration (Şirket Sicil No), the customer's Vergi No, the waybill (İrsaliye No) and the bank account are decoys. "
        "invoice_number = the 'Sıra No' as printed after the series letter (the truth is the number without the series letter "
        + serial
        + "); invoice_date = 'Fatura Tarihi' ("
        + ["dd.mm.yyyy", "'12 Mart 2026'", "dd/mm/yyyy", "dd.mm.yy"][i]
        + "). "
        + due_note(due, "", "Vade Tarihi")
        + po_note(po, "Sipariş No")
        + "subtotal = 'Ara Toplam'; tax = 'KDV %16'; total = 'GENEL TOPLAM (TL)' (also in words). Currency TRY. Amounts '1.234,56'. Line items: every row (quantity = pieces, metres, hours, sets)."
    )
    t = truth(vname, vno, no, po, d, due, "TRY", net, tax, total, items, notes)
    return t, [fd(d), fd(due) if due else None, vno, no, po, vname, "GENEL TOPLAM"], render


# =========================================================================== 07 Mayotte building contractor (no TVA, EUR), totals on the left, no rules, retention
YT_V = [
    ("Maoré Bâtiment SARL", "ZI Kawéni, 97600 Mamoudzou", (0, 110, 110)),
    ("Entreprise Soulaimana Construction", "Route Nationale 2, 97660 Dembéni", (160, 60, 20)),
    ("Lagon Menuiserie Aluminium SAS", "Zone Nel, 97615 Pamandzi", (40, 70, 150)),
    ("Ylang Plomberie Électricité EURL", "Rue du Commerce, 97650 Bandraboua", (110, 40, 120)),
]
YT_B = [
    ("Commune de Sada", "Place de la Mairie, 97640 Sada"),
    ("SIM – Société Immobilière de Mayotte", "Kawéni, 97600 Mamoudzou"),
    ("Collège de Chiconi", "97670 Chiconi"),
    ("Association Maecha Mahorais", "Cavani, 97600 Mamoudzou"),
]
YT_ROWS = [
    ("Maçonnerie parpaings 20 cm (m²)", "m²", 10, 120, "42", "68"),
    ("Chape ciment (m²)", "m²", 10, 150, "18", "32"),
    ("Menuiserie aluminium fenêtre 120x100", "u", 1, 12, "380", "640"),
    ("Porte métallique sécurisée", "u", 1, 4, "620", "1150"),
    ("Peinture façade 2 couches (m²)", "m²", 20, 300, "14", "24"),
    ("Réseau PVC évacuation Ø100 (ml)", "ml", 5, 60, "28", "46"),
    ("Main-d'œuvre ouvrier qualifié (h)", "h", 8, 120, "28", "38"),
    ("Location bétonnière (jour)", "j", 1, 10, "45", "80"),
]


@style("07", "yt_mayotte_facture_btp_sans_tva_retenue")
def s07(rng, i):
    vname, vaddr, color = YT_V[i]
    bname, baddr = YT_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(YT_ROWS, rng.randint(3, 6)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.50"))})
    for x in items:
        x["amount"] = q2(x["qty"] * x["price"])
    total = sum(x["amount"] for x in items)
    ret = q2(total * D("0.05"))
    siret = valid(rng, lambda: digits(rng, 9, True) + "000" + digits(rng, 2), _siret.is_valid)
    siret_p = f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
    no = [
        f"F{d.year}-{rng.randint(100, 999)}",
        f"{rng.randint(1000, 9999)}",
        f"FA{rng.randint(10000, 99999)}",
        f"{d.strftime('%y')}/{rng.randint(10, 300):03d}",
    ][i]
    fd = [
        lambda x: x.strftime("%d/%m/%Y"),
        fr_date,
        lambda x: x.strftime("%d/%m/%y"),
        lambda x: x.strftime("%d.%m.%Y"),
    ][i]
    due = [d + dt.timedelta(days=30), None, d + dt.timedelta(days=45), d + dt.timedelta(days=30)][i]
    term = ["", "Paiement à réception du mandat de la collectivité", "", ""][i]
    po = [f"BC {rng.randint(100, 999)}-{d.year}", None, f"{rng.randint(1000, 9999)}", None][i]
    po_label = ["Bon de commande", "", "Marché n°", ""][i]
    situ = rng.randint(1, 4)

    def render(path):
        pdf = new_fpdf(creator="BatiFacture Outre-mer")
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(0, 0, 210, 4, "F")
        txt(pdf, 14, 10, vname, 14.5, "B", color=color)
        txt(pdf, 14, 17, f"{vaddr} – Mayotte · Tél. 0269 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 8)
        txt(
            pdf,
            14,
            21,
            f"SIRET {siret_p} · APE {rng.choice(['4120A', '4332B', '4322A', '4399C'])}",
            7.6,
            color=(90, 90, 90),
        )
        txt(pdf, 118, 30, "Client", 7.4, "I", color=(110, 110, 110))
        txt(pdf, 118, 34.5, bname, 9.6, "B")
        txt(pdf, 118, 39.5, baddr, 8.4)
        txt(pdf, 14, 30, "FACTURE", 15, "B", color=color)
        kv(
            pdf,
            14,
            38,
            [("N°", no), ("Date", fd(d)), (po_label, po), ("Échéance", fd(due) if due else None)],
            wl=30,
            wv=40,
            size=8,
            step=4.8,
            align="L",
        )
        txt(
            pdf,
            14,
            60,
            f"Chantier : {rng.choice(['réhabilitation de la salle polyvalente', 'extension de deux salles de classe', 'réfection des sanitaires', 'construction d’un local technique'])} – situation n° {situ}",
            8.4,
            "I",
        )
        cols = [
            ("Désignation", 96, "L"),
            ("Unité", 14, "C"),
            ("Qté", 16, "R"),
            ("P.U. €", 24, "R"),
            ("Montant €", 32, "R"),
        ]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), sp(x["price"]), sp(x["amount"])] for x in items]
        y = table(
            pdf,
            14,
            66,
            cols,
            rows,
            size=8,
            rowh=6.4,
            header_fill=(245, 245, 245),
            border_bottom=False,
            zebra=(248, 246, 240),
            line_color=(255, 255, 255),
        )
        pdf.set_fill_color(240, 244, 244)
        pdf.rect(14, y + 6, 84, 26, "F")
        y2 = totals(
            pdf,
            17,
            y + 9,
            [
                ("Montant total des travaux", sp(total) + " €", True),
                ("Retenue de garantie 5 %", "- " + sp(ret) + " €", False),
                ("Net à payer", sp(total - ret) + " €", False),
            ],
            wl=46,
            wv=32,
            size=8.4,
            step=6,
        )
        para(
            pdf,
            110,
            y + 8,
            86,
            "TVA non applicable, art. 294-1° du CGI (la TVA n'est pas applicable à Mayotte).",
            7.8,
            "B",
            h=4,
        )
        para(
            pdf,
            14,
            max(y2, y + 34) + 4,
            182,
            (f"{term}. " if term else "")
            + "Retenue de garantie de 5 % libérée un an après la réception des travaux (loi n° 71-584 du 16 juillet 1971). Règlement par virement : BFC Océan Indien, IBAN "
            + f"FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}. Pénalités de retard : trois fois le taux d'intérêt légal ; indemnité forfaitaire de recouvrement 40 €.",
            7.4,
            h=3.8,
        )
        pdf.output(path)

    notes = (
        "Mayotte building contractor's FACTURE in French in euros with no TVA at all (TVA is not applicable in Mayotte, art. 294-1° of the CGI): the invoice data under the title on the left, the client on the right, a table without rules (zebra stripes), the totals in a tinted box on the left under the rows, then a 5 % retention (retenue de garantie) and 'Net à payer': vendor = the company name at the top; no vendor tax id (null; the SIRET and APE code are decoys). "
        "invoice_number = 'N°'; invoice_date = 'Date' ("
        + ["dd/mm/yyyy", "'12 mars 2026'", "dd/mm/yy", "dd.mm.yyyy"][i]
        + "). "
        + due_note(due, term, "Échéance")
        + po_note(po, po_label)
        + "subtotal and tax = null (no TVA, only the total is printed); total = 'Montant total des travaux'. The retention and 'Net à payer' (total - retention) are decoys. Currency EUR. Amounts '1 234,56 €'. Line items: every row (quantity = m², units, metres, hours, days)."
    )
    t = truth(vname, None, no, po, d, due, "EUR", None, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, no, po, vname, "Montant total des travaux", "Net à payer"], render


# =========================================================================== 08 Rapa Nui tour and lodging company (IVA-exempt, CLP whole), factura exenta electrónica
CL_V = [
    ("Turismo Hanga Roa Limitada", "Av. Atamu Tekena s/n, Hanga Roa", "Turismo, alojamiento y excursiones"),
    ("Rapa Nui Expediciones SpA", "Te Pito o te Henua 14, Hanga Roa", "Agencia de turismo y arriendo de vehículos"),
    ("Cabañas y Tours Anakena Limitada", "Hotu Matu'a s/n, Hanga Roa", "Hospedaje y tours guiados"),
    ("Servicios Marítimos Motu Nui SpA", "Caleta Hanga Roa o Tai, Hanga Roa", "Transporte marítimo y buceo"),
]
CL_B = [
    ("Corporación Nacional Forestal, Provincia Isla de Pascua", "61", "Administración pública"),
    ("Ilustre Municipalidad de Isla de Pascua", "69", "Municipalidad"),
    ("Universidad de Valparaíso, Expedición Científica", "70", "Educación superior"),
    ("Explora Travel Chile SpA", "77", "Agencia de viajes"),
]
CL_ROWS = [
    ("Alojamiento habitación doble (noche)", "noche", 2, 14, 55000, 120000),
    ("Excursión día completo Rano Raraku y Tongariki (pax)", "pax", 2, 14, 45000, 75000),
    ("Arriendo camioneta 4x4 (día)", "día", 1, 7, 60000, 95000),
    ("Traslado aeropuerto Mataveri - hotel (pax)", "pax", 2, 14, 8000, 15000),
    ("Inmersión de buceo con equipo (pax)", "pax", 1, 8, 55000, 85000),
    ("Guía local bilingüe (día)", "día", 1, 6, 90000, 160000),
    ("Almuerzo tradicional umu (pax)", "pax", 2, 14, 18000, 32000),
]


@style("08", "cl_rapa_nui_factura_exenta_clp")
def s08(rng, i):
    vname, vaddr, giro = CL_V[i]
    bname, bpre, bgiro = CL_B[i]
    d = rand_date(rng)
    items = []
    for desc, unit, qlo, qhi, lo, hi in rng.sample(CL_ROWS, rng.randint(2, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": D(rng.randint(lo // 500, hi // 500) * 500)})
    for x in items:
        x["amount"] = x["qty"] * x["price"]
    total = sum(x["amount"] for x in items)
    rut = valid(rng, lambda: "76" + digits(rng, 6) + rng.choice("0123456789K"), _rut.is_valid)
    rut_p = _rut.format(rut)
    brut = _rut.format(valid(rng, lambda: bpre + digits(rng, 6) + rng.choice("0123456789K"), _rut.is_valid))
    folio = f"{rng.randint(100, 4999)}"
    no = folio
    cl = lambda x: "$ " + de(x, 0)  # noqa: E731
    fd = [
        lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}",
        lambda x: x.strftime("%d-%m-%Y"),
        lambda x: x.strftime("%d/%m/%Y"),
        lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}",
    ][i]
    due = [None, d + dt.timedelta(days=30), d + dt.timedelta(days=30), None][i]
    term = ["Contado", "", "", "Contado"][i]
    po = [
        None,
        f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}-SE{d.strftime('%y')}",
        f"{rng.randint(450000, 459999)}",
        None,
    ][i]
    if i == 0 or i == 3:
        cond = "Contado"
    else:
        cond = "Crédito 30 días"

    def render(path):
        pdf = new_fpdf(creator="Facturador SII MIPYME")
        pdf.add_page()
        txt(pdf, 14, 14, vname, 13, "B")
        txt(pdf, 14, 20.5, f"Giro: {giro}", 8)
        txt(pdf, 14, 24.5, f"{vaddr}, Isla de Pascua, Región de Valparaíso", 8)
        txt(
            pdf,
            14,
            28.5,
            f"Teléfono +56 32 210 {digits(rng, 4)} · {vname.split()[0].lower()}@rapanui.cl",
            8,
            color=(90, 90, 90),
        )
        pdf.set_draw_color(200, 0, 0)
        pdf.set_line_width(0.8)
        pdf.rect(130, 10, 66, 30)
        pdf.set_line_width(0.2)
        txt(pdf, 130, 13, f"R.U.T.: {rut_p}", 10.5, "B", align="C", w=66, color=(200, 0, 0))
        txt(pdf, 130, 19.5, "FACTURA NO AFECTA O", 9.6, "B", align="C", w=66, color=(200, 0, 0))
        txt(pdf, 130, 24.5, "EXENTA ELECTRÓNICA", 9.6, "B", align="C", w=66, color=(200, 0, 0))
        txt(pdf, 130, 30.5, f"N° {folio}", 10.5, "B", align="C", w=66, color=(200, 0, 0))
        txt(pdf, 130, 42, "S.I.I. - VALPARAÍSO", 8.4, "B", align="C", w=66, color=(200, 0, 0))
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(14, 50, 182, 30)
        rows_l = [
            ("Señor(es):", bname),
            ("R.U.T.:", brut),
            ("Giro:", bgiro),
            ("Comuna:", "Isla de Pascua" if i != 2 else "Valparaíso"),
        ]
        rows_r = [
            ("Fecha Emisión:", fd(d)),
            ("Condición de venta:", cond),
            ("Fecha Vencimiento:", fd(due) if due else None),
        ]
        kv(pdf, 16, 52, rows_l, wl=24, wv=90, size=7.8, step=6.2, color=(60, 60, 60), align="L")
        kv(pdf, 132, 52, rows_r, wl=30, wv=34, size=7.8, step=6.2, color=(60, 60, 60), align="L")
        y = 86
        if po:
            txt(pdf, 14, y, "Referencias", 7.8, "B")
            y = table(
                pdf,
                14,
                y + 4,
                [("Tipo documento", 60, "L"), ("Folio", 50, "L"), ("Fecha", 40, "L")],
                [["Orden de Compra", po, (d - dt.timedelta(days=rng.randint(5, 30))).strftime("%d-%m-%Y")]],
                size=7.6,
                rowh=5.4,
                header_fill=(238, 238, 238),
            )
            y += 4
        cols = [
            ("Descripción", 92, "L"),
            ("Unidad", 18, "C"),
            ("Cantidad", 20, "R"),
            ("Precio unitario", 26, "R"),
            ("Valor", 26, "R"),
        ]
        rows = [[x["desc"], x["unit"], qstr(x["qty"]), de(x["price"], 0), de(x["amount"], 0)] for x in items]
        ys = y
        y = table(pdf, 14, y, cols, rows, size=7.8, rowh=6, header_fill=(225, 225, 225), line_color=(170, 170, 170))
        frame(pdf, 14, ys, y, cols, color=(170, 170, 170))
        yt = max(y + 8, 170)
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(130, yt, 66, 16)
        txt(pdf, 133, yt + 2.5, "MONTO EXENTO", 8.2, "B")
        txt(pdf, 160, yt + 2.5, cl(total), 8.2, "B", align="R", w=34)
        txt(pdf, 133, yt + 9, "TOTAL", 9.4, "B")
        txt(pdf, 160, yt + 9, cl(total), 9.4, "B", align="R", w=34)
        para(
            pdf,
            14,
            yt,
            110,
            "Operación exenta de IVA: ventas y servicios de personas domiciliadas en el departamento de Isla de Pascua (D.L. N° 1.244 de 1975, art. 4°; Ley N° 16.441). "
            + (f"{term}. " if term else ""),
            7.4,
            h=3.8,
        )
        bars_fpdf(pdf, rng, 14, yt + 26, 84, 22)
        txt(pdf, 14, yt + 50, "Timbre Electrónico SII", 7.4, "B")
        txt(pdf, 14, yt + 54, "Res. 80 de 2014 - Verifique documento: www.sii.cl", 7, color=(90, 90, 90))
        txt(pdf, 130, yt + 40, "ACUSE DE RECIBO: Nombre / R.U.T. / Fecha / Firma", 6.8, color=(90, 90, 90))
        pdf.output(path)

    notes = (
        "Easter Island (Rapa Nui) tour and lodging company's FACTURA NO AFECTA O EXENTA ELECTRÓNICA in Spanish in whole Chilean pesos, exempt from IVA because the seller lives on the island and sells or serves there (DL 1.244 of 1975, art. 4): the red box with the R.U.T., the document type, 'N°' and 'S.I.I. - VALPARAÍSO', the client grid, "
        + ("a 'Referencias' table with the purchase order, " if po else "")
        + "the rows, 'MONTO EXENTO' and 'TOTAL', and the electronic stamp: vendor = the company name at the top left; vendor tax id = the R.U.T. in the red box as printed (valid under python-stdnum cl.rut); the client's R.U.T. is a decoy. "
        "invoice_number = the folio 'N°' in the red box; invoice_date = 'Fecha Emisión' ("
        + ["'12 de marzo de 2026'", "dd-mm-yyyy", "dd/mm/yyyy", "'12 de marzo de 2026'"][i]
        + ")"
        + ("; the reference's date is a decoy" if po else "")
        + ". "
        + due_note(due, term, "Fecha Vencimiento")
        + po_note(po, "Referencias: Orden de Compra, Folio")
        + "subtotal = 'MONTO EXENTO' (equal to the total); tax = null (no IVA on an exempt invoice); total = 'TOTAL'. Currency CLP. Amounts '$ 1.234.500'. Line items: every row (quantity = nights, pax, days)."
    )
    t = truth(vname, rut_p, no, po, d, due, "CLP", total, None, total, items, notes)
    return t, [fd(d), fd(due) if due else None, rut_p, no, po, vname, "MONTO EXENTO"], render

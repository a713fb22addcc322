"""fpdf2 styles for set 6, the second producer (02 Portuguese fatura with ATCUD, 04 US AIA G702/G703 progress billing,
07 German Kleinunternehmer letter invoice, 09 Spanish restaurant factura simplificada, 11 UK NHS supplier invoice)."""

# The data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from common import MONTHS
from invoice_kit import (
    T,
    de,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    lfont,
    mt,
    new_fpdf,
    q2,
    qstr,
    rand_date,
    style_registry,
    table,
    txt,
    valid,
)
from kit_common import items_from, qr_fpdf
from stdnum.de import stnr as _stnr
from stdnum.es import cif as _cif
from stdnum.gb import vat as _gbvat
from stdnum.pt import nif as _ptnif

STYLES, style = style_registry("fpdf2")


# =========================================================================== 02 Portuguese fatura (ATCUD, NIF, QR, quadro resumo do IVA)
PT_V = [
    ("Tipografia Ribeirinha, Lda.", "Rua do Almada, 412", "4050-032 Porto", (200, 60, 40)),
    ("Alentejo Vinhos & Azeites, S.A.", "Herdade da Courela, EN 254", "7000-171 Évora", (110, 30, 70)),
    (
        "Lisboa Cloud Serviços Informáticos, Unipessoal Lda.",
        "Av. da Liberdade, 190 - 5.º Esq.",
        "1250-147 Lisboa",
        (20, 90, 150),
    ),
    ("Construções Mondego, Lda.", "Zona Industrial de Taveiro, Lote 12", "3045-504 Coimbra", (70, 90, 40)),
]
PT_B = [
    ("Livraria Bertrand do Norte, Lda.", "Rua de Santa Catarina, 90, 4000-442 Porto"),
    ("Supermercados Algarve Fresco, S.A.", "Estrada de Quarteira, 8125-000 Loulé"),
    ("Clínica Dentária Sorriso Azul, Lda.", "Rua Castilho, 39, 1250-068 Lisboa"),
    ("Câmara Municipal de Montemor-o-Velho", "Praça da República, 3140-258 Montemor-o-Velho"),
]
PT_LINES = [
    [
        ("Impressão de catálogos A4 32 pág.", "UN", 1.8, 4.9, 200, 3000, 23),
        ("Flyers A5 couché 135 g", "MIL", 38, 75, 1, 20, 23),
        ("Livros brochados 160 pág.", "UN", 3.2, 7.5, 100, 1500, 6),
        ("Paginação e arte final", "H", 28, 45, 2, 20, 23),
    ],
    [
        ("Vinho tinto DOC Alentejo 0,75 L", "GFA", 3.9, 12.5, 24, 600, 13),
        ("Azeite virgem extra 0,75 L", "GFA", 5.2, 9.8, 24, 360, 6),
        ("Vinho branco regional 0,75 L", "GFA", 2.8, 7.9, 24, 480, 13),
        ("Caixa de cartão 6 garrafas", "UN", 0.6, 1.4, 10, 100, 23),
    ],
    [
        ("Alojamento de servidores virtuais (mês)", "UN", 45, 180, 1, 12, 23),
        ("Suporte técnico (horas)", "H", 35, 65, 2, 40, 23),
        ("Licença de software de gestão clínica", "UN", 240, 980, 1, 5, 23),
        ("Backup remoto 500 GB (mês)", "UN", 12, 38, 1, 12, 23),
    ],
    [
        ("Reparação de pavimento betuminoso (m2)", "M2", 14, 28, 50, 900, 23),
        ("Limpeza de valetas (ml)", "ML", 2.5, 6.5, 100, 2000, 23),
        ("Sinalização vertical - fornecimento e montagem", "UN", 85, 240, 2, 30, 23),
        ("Aluguer de retroescavadora com operador (h)", "H", 38, 55, 8, 80, 23),
    ],
]


def pt_nif(rng, first="5"):
    return valid(rng, lambda: first + digits(rng, 8), _ptnif.is_valid)


@style("02", "pt_fatura_atcud_qr")
def s02(rng, i):
    vname, va1, va2, color = PT_V[i]
    bname, baddr = PT_B[i]
    nif = pt_nif(rng)
    b_nif = pt_nif(rng, "5" if i != 3 else "5")
    d = rand_date(rng)
    items = items_from(rng, PT_LINES[i], rng.randint(2, 4))
    for it in items:
        it["disc"] = rng.choice([0, 0, 5, 10]) if i in (0, 1) else 0
        it["gross"] = it["amount"]
        it["amount"] = q2(it["gross"] * (100 - it["disc"]) / 100)
    net = sum(it["amount"] for it in items)
    discounts = sum(it["gross"] - it["amount"] for it in items)
    rates = {}
    for it in items:
        rates[it["extra"]] = rates.get(it["extra"], D(0)) + it["amount"]
    vat_rows = [(r, b, q2(b * r / 100)) for r, b in sorted(rates.items(), reverse=True)]
    vat = sum(v for _, _, v in vat_rows)
    total = net + vat
    serie = ["FT 2026A", "FT A", "FT FT" + str(d.year), "FT M"][i]
    seq = rng.randint(1, 2500)
    inv_no = f"{serie}/{seq}"
    atcud = "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ23456789") for _ in range(8)) + f"-{seq}"
    due = d + dt.timedelta(days=rng.choice([30, 60])) if i != 1 else d + dt.timedelta(days=30)
    po = [
        f"REQ/{rng.randint(100, 999)}",
        None,
        f"NE {rng.randint(1000, 9999)}",
        f"Compromisso n.º {rng.randint(1000, 9999)}/{d.year}",
    ][i]
    po_val = po.split("n.º ")[-1] if po and "n.º" in po else po
    cert = rng.randint(1000, 3000)
    hash4 = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(4))
    f = lambda x: x.isoformat()  # noqa: E731

    def render(path):
        pdf = lfont(new_fpdf(creator="PHC CS"))
        pdf.add_page()
        pdf.set_fill_color(*color)
        pdf.rect(15, 14, 12, 12, "F")
        txt(pdf, 30, 14, vname, 11, "B", "LSans")
        txt(pdf, 30, 19.5, f"{va1}, {va2}", 8, font="LSans")
        txt(
            pdf,
            30,
            23.5,
            f"Contribuinte N.º {nif} · Capital Social 50.000,00 € · C.R.C. {va2.split()[1]}",
            7.5,
            font="LSans",
        )
        txt(pdf, 140, 34, "Original", 8, "I", "DV", align="R", w=55)
        txt(pdf, 120, 40, "FATURA", 16, "B", "LSans", align="R", w=75)
        txt(pdf, 120, 48, inv_no, 11, "B", "LSans", align="R", w=75)
        txt(pdf, 120, 54, f"ATCUD: {atcud}", 8.5, font="LSans", align="R", w=75)
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(15, 38, 95, 30)
        txt(pdf, 18, 40, "Exmo.(s) Sr.(s)", 7.5, font="LSans", color=(100, 100, 100))
        txt(pdf, 18, 45, bname, 9.5, "B", "LSans")
        txt(pdf, 18, 50.5, baddr, 8, font="LSans")
        txt(pdf, 18, 60, f"Contribuinte N.º {b_nif}", 8.5, font="LSans")
        cols = [
            ("Data", 30, "C"),
            ("Vencimento", 30, "C"),
            ("V/ N.º Contrib.", 32, "C"),
            ("Requisição", 50, "C"),
            ("Moeda", 20, "C"),
            ("Câmbio", 18, "C"),
        ]
        table(
            pdf,
            15,
            74,
            cols,
            [[f(d), f(due), b_nif, po or "", "EUR", "1,000000"]],
            size=8,
            font="LSans",
            rowh=5.6,
            header_fill=(235, 235, 235),
        )
        cols = [
            ("Artigo", 22, "L"),
            ("Descrição", 66, "L"),
            ("Qtd.", 16, "R"),
            ("Un.", 10, "C"),
            ("Preço Unit.", 20, "R"),
            ("Desc. %", 14, "R"),
            ("IVA %", 12, "R"),
            ("Valor", 20, "R"),
        ]
        rows = [
            [
                f"{it['unit']}{rng.randint(1000, 9999)}",
                it["desc"],
                de(it["qty"], 0),
                it["unit"],
                de(it["price"], 3) if i == 1 else de(it["price"]),
                (de(D(it["disc"])) if it["disc"] else "0,00"),
                str(it["extra"]),
                de(it["amount"]),
            ]
            for it in items
        ]
        y = table(
            pdf, 15, 94, cols, rows, size=7.8, font="LSans", rowh=5.6, header_fill=(235, 235, 235), border_bottom=False
        )
        pdf.line(15, y + 1, 195, y + 1)
        y = max(y + 8, 160)
        txt(pdf, 15, y, "Quadro Resumo do IVA", 8.5, "B", "LSans")
        table(
            pdf,
            15,
            y + 5,
            [("Taxa", 20, "R"), ("Incidência", 30, "R"), ("Valor IVA", 28, "R"), ("Motivo isenção", 32, "L")],
            [[f"{r}%", de(b), de(v), ""] for r, b, v in vat_rows],
            size=8,
            font="LSans",
            rowh=5.4,
            header_fill=(235, 235, 235),
        )
        tot = [
            ("Total Ilíquido", de(net)),
            ("Total Descontos", de(discounts)),
            ("Total IVA", de(vat)),
            ("Total (EUR)", de(total)),
        ]
        for k, (a, b) in enumerate(tot):
            bold = "B" if k == 3 else ""
            txt(pdf, 130, y + 2 + k * 6, a, 9.5 if bold else 8.5, bold, "LSans", w=35)
            txt(pdf, 165, y + 2 + k * 6, b, 9.5 if bold else 8.5, bold, "LSans", align="R", w=30)
        qr_fpdf(pdf, rng, 15, 232, 30)
        txt(
            pdf,
            50,
            234,
            f"Pagamento por transferência: IBAN {iban_fmt(iban('PT', rng.choice(['0035', '0033', '0010', '0007']) + digits(rng, 4) + digits(rng, 11) + digits(rng, 2)))}",
            7.5,
            font="LSans",
        )
        txt(
            pdf,
            50,
            239,
            "Os bens e/ou serviços foram colocados à disposição do adquirente na data do documento.",
            7.5,
            font="LSans",
        )
        txt(pdf, 50, 244, f"{hash4}-Processado por programa certificado n.º {cert}/AT", 7.5, font="LSans")
        txt(pdf, 50, 249, f"Pág. 1/1 · {vname} · NIF {nif}", 7, font="LSans", color=(110, 110, 110))
        pdf.output(path)

    notes = (
        "Portuguese fatura (PHC-like): 'FATURA' title with the document id 'FT <series>/<n>' (invoice_number as printed, series included) and the ATCUD "
        "('<validation code>-<n>') under it as a decoy. vendor_tax_id = vendor 'Contribuinte N.º' (NIF); the client's NIF (printed twice) is a decoy. A header grid "
        "(labels above values): invoice_date = 'Data', due = 'Vencimento' (ISO dates)"
        + (", PO = 'Requisição'. " if po else ". ")
        + "Lines are the net values after the line discount (Desc. %). subtotal = 'Total Ilíquido' (before VAT), tax = 'Total IVA', total = 'Total (EUR)'; "
        "'Total Descontos' and the Quadro Resumo per-rate rows are decoys; the certificate number, capital social and IBAN are decoys."
        + (" Prices with 3 decimals." if i == 1 else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=nif,
        invoice_number=inv_no,
        po_number=po_val,
        invoice_date=d.isoformat(),
        due_date=due.isoformat(),
        currency="EUR",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), nif, inv_no, f(due), po_val, vname, atcud], render


# =========================================================================== 04 US construction progress billing (AIA G702/G703-like, retainage)
AIA_V = [
    ("Ridgeline Builders, Inc.", "1450 W Fulton St, Chicago, IL 60607", "IL Contractor Lic. 104-018842"),
    ("Sunbelt Mechanical Contractors LLC", "7300 N Loop 1604 E, San Antonio, TX 78249", "TX TACLA 41287E"),
    ("Cornerstone Interiors Group, Inc.", "225 Peachtree Industrial Blvd, Norcross, GA 30071", "GA GCQA 006734"),
    ("Pacific Crest Electric Co.", "4125 SE Johnson Creek Blvd, Portland, OR 97222", "OR CCB 211876"),
]
AIA_O = [
    ("Lakeview Medical Properties LLC", "Lakeview Outpatient Center - Phase 2", "2200 N Lakeview Ave, Chicago, IL"),
    ("Alamo Heights ISD", "Cambridge Elementary HVAC Replacement", "1000 Cambridge Oval, San Antonio, TX"),
    ("Perimeter Office Partners LP", "Tower B Floors 6-8 Tenant Improvements", "1100 Abernathy Rd, Atlanta, GA"),
    ("Willamette Logistics Holdings", "Distribution Center Electrical Package", "9800 NE Sunderland Ave, Portland, OR"),
]
AIA_SOV = [
    [
        "General Conditions",
        "Sitework",
        "Concrete",
        "Masonry",
        "Structural Steel",
        "Rough Carpentry",
        "Roofing",
        "Doors & Hardware",
        "Drywall & Framing",
        "Plumbing",
        "HVAC",
        "Electrical",
        "Finishes",
    ],
    [
        "General Conditions",
        "Demolition",
        "RTU Equipment",
        "Ductwork",
        "Piping",
        "Controls / BAS",
        "Test & Balance",
        "Crane & Rigging",
        "Electrical Tie-in",
        "Closeout & Warranty",
    ],
    [
        "General Conditions",
        "Demolition",
        "Metal Studs & Drywall",
        "Acoustical Ceilings",
        "Doors, Frames & Hardware",
        "Millwork",
        "Flooring",
        "Painting",
        "Fire Protection",
        "Electrical",
        "Plumbing",
    ],
    [
        "Mobilization",
        "Underground Conduit",
        "Switchgear",
        "Panelboards & Transformers",
        "Branch Wiring",
        "Lighting Fixtures",
        "Fire Alarm",
        "Low Voltage",
        "Testing & Commissioning",
    ],
]


@style("04", "us_aia_g702_progress_billing")
def s04(rng, i):
    vname, vaddr, lic = AIA_V[i]
    owner, project, paddr = AIA_O[i]
    app_no = rng.randint(3, 14)
    period = rand_date(rng)
    period = period.replace(day=1) + dt.timedelta(days=32)
    period = period.replace(day=1) - dt.timedelta(days=1)  # month end
    d = period + dt.timedelta(days=rng.randint(1, 6))
    ret_pct = D(rng.choice([5, 10, 10]))
    rows = []
    for name in AIA_SOV[i]:
        sv = D(rng.randint(20, 900)) * 500
        prev_pct = D(rng.randint(0, 85)) / 100
        this_pct = min(D(rng.randint(0, 25)) / 100, 1 - prev_pct)
        prev = q2(sv * prev_pct)
        this = q2(sv * this_pct)
        stored = D(rng.choice([0, 0, 0, 0, rng.randint(5, 60) * 250])) if i in (0, 3) else D(0)
        rows.append({"name": name, "sv": sv, "prev": prev, "this": this, "stored": stored})
    co = sum((D(rng.randint(-40, 120)) * 250 for _ in range(rng.randint(1, 4))), D(0))
    orig = sum(r["sv"] for r in rows) - co
    contract = orig + co
    completed = sum(r["prev"] + r["this"] + r["stored"] for r in rows)
    prev_completed = sum(r["prev"] for r in rows)
    ret = q2(completed * ret_pct / 100)
    earned = completed - ret
    prev_cert = prev_completed - q2(prev_completed * ret_pct / 100)
    due_now = earned - prev_cert
    balance = contract - earned
    inv_no = [
        f"{rng.randint(2300, 2499)}-{app_no:02d}",
        f"PA-{rng.randint(100, 999)}-{app_no}",
        f"INV{digits(rng, 6)}",
        f"{rng.randint(24000, 26999)}.{app_no}",
    ][i]
    po = [
        f"Contract No. LMP-{rng.randint(100, 999)}",
        f"P.O. {rng.randint(2400000, 2499999)}",
        None,
        f"PO 45{digits(rng, 5)}",
    ][i]
    po_val = po.split()[-1] if po else None
    f = lambda x: x.strftime("%m/%d/%Y")  # noqa: E731
    contract_date = period - dt.timedelta(days=rng.randint(200, 500))

    def render(path):
        pdf = lfont(new_fpdf(fmt="Letter", creator="Textura-like pay app export"))
        pdf.add_page()
        txt(pdf, 0, 10, "APPLICATION AND CERTIFICATE FOR PAYMENT", 12, "B", "LSans", align="C", w=216)
        txt(pdf, 0, 16, "(modeled on AIA Document G702) · Page 1 of 2", 7.5, font="LSans", align="C", w=216)
        L = [("TO OWNER:", owner), ("FROM CONTRACTOR:", vname), ("", vaddr), ("PROJECT:", project), ("", paddr)]
        for k, (a, b) in enumerate(L):
            txt(pdf, 12, 24 + k * 4.6, a, 8, "B", "LSans")
            txt(pdf, 45, 24 + k * 4.6, b, 8.5, font="LSans")
        R = [
            ("INVOICE NO:", inv_no),
            ("INVOICE DATE:", f(d)),
            ("APPLICATION NO:", str(app_no)),
            ("PERIOD TO:", f(period)),
            ("CONTRACT DATE:", f(contract_date)),
        ] + ([("OWNER " + ("CONTRACT/" if "Contract" in po else "") + "PO NO:", po_val)] if po else [])
        for k, (a, b) in enumerate(R):
            txt(pdf, 132, 24 + k * 4.6, a, 8, "B", "LSans", align="R", w=36)
            txt(pdf, 170, 24 + k * 4.6, b, 8.5, font="LSans")
        pdf.line(12, 54, 204, 54)
        txt(pdf, 12, 57, "CONTRACTOR'S APPLICATION FOR PAYMENT", 9, "B", "LSans")
        lines = [
            ("1. ORIGINAL CONTRACT SUM", orig),
            ("2. Net change by Change Orders", co),
            ("3. CONTRACT SUM TO DATE (Line 1 ± 2)", contract),
            ("4. TOTAL COMPLETED & STORED TO DATE (Column G on G703)", completed),
            (f"5. RETAINAGE: {ret_pct}% of Completed Work and Stored Material", ret),
            ("6. TOTAL EARNED LESS RETAINAGE (Line 4 Less Line 5 Total)", earned),
            ("7. LESS PREVIOUS CERTIFICATES FOR PAYMENT (Line 6 from prior Certificate)", prev_cert),
            ("8. CURRENT PAYMENT DUE", due_now),
            ("9. BALANCE TO FINISH, INCLUDING RETAINAGE (Line 3 less Line 6)", balance),
        ]
        y = 64
        for a, b in lines:
            bold = "B" if a.startswith("8.") else ""
            txt(pdf, 14, y, a, 8.5 if not bold else 9.5, bold, "LSans")
            txt(pdf, 160, y, "$" + en(b), 8.5 if not bold else 9.5, bold, "LSans", align="R", w=40)
            if bold:
                pdf.rect(158, y - 1, 44, 6.5)
            y += 7.2
        y += 2
        table(
            pdf,
            14,
            y,
            [("CHANGE ORDER SUMMARY", 70, "L"), ("ADDITIONS", 40, "R"), ("DEDUCTIONS", 40, "R")],
            [
                [
                    "Total changes approved in previous months by Owner",
                    "$" + en(max(co, D(0))),
                    "$" + en(-min(co, D(0))),
                ],
                ["Total approved this month", "$0.00", "$0.00"],
                ["NET CHANGES by Change Order", "$" + en(co), ""],
            ],
            size=7.6,
            font="LSans",
            rowh=5.2,
            header_fill=(230, 230, 230),
        )
        y += 30
        pdf.set_font("LSans", "", 7.4)
        pdf.set_xy(14, y)
        pdf.multi_cell(
            90,
            3.6,
            "The undersigned Contractor certifies that to the best of the Contractor's knowledge, information and belief the Work covered by this Application for Payment has been completed in accordance with the Contract Documents, that all amounts have been paid by the Contractor for Work for which previous Certificates for Payment were issued and payments received from the Owner, and that current payment shown herein is now due.",
        )
        txt(pdf, 14, y + 34, f"CONTRACTOR: {vname}", 8, font="LSans")
        txt(pdf, 14, y + 40, f"By: ______________________   Date: {f(d)}   ({lic})", 8, font="LSans")
        txt(
            pdf,
            14,
            y + 48,
            f"State of {paddr.split(', ')[-1]}   County of ____________   Subscribed and sworn to before me this ___ day of ______",
            7,
            font="LSans",
        )
        txt(pdf, 112, y, "ARCHITECT'S CERTIFICATE FOR PAYMENT", 8.5, "B", "LSans")
        pdf.set_font("LSans", "", 7.4)
        pdf.set_xy(112, y + 5)
        pdf.multi_cell(
            90,
            3.6,
            "In accordance with the Contract Documents, based on on-site observations and the data comprising this application, the Architect certifies to the Owner that the Work has progressed as indicated.",
        )
        txt(pdf, 112, y + 26, "AMOUNT CERTIFIED ......... $ ________________", 8.5, "B", "LSans")
        txt(pdf, 112, y + 34, "ARCHITECT: ____________________  Date: ________", 8, font="LSans")
        txt(
            pdf,
            12,
            268,
            "Remit to: " + vname + ", " + vaddr + " · Payment due upon certification per Contract.",
            7,
            font="LSans",
            color=(90, 90, 90),
        )
        pdf.add_page(orientation="L")
        txt(
            pdf,
            0,
            8,
            "CONTINUATION SHEET (modeled on AIA Document G703) · Page 2 of 2",
            10,
            "B",
            "LSans",
            align="C",
            w=279,
        )
        txt(
            pdf,
            10,
            15,
            f"Application No: {app_no}   Application Date: {f(d)}   Period To: {f(period)}   Invoice No: {inv_no}",
            8,
            font="LSans",
        )
        cols = [
            ("A", 10, "C"),
            ("B  Description of Work", 52, "L"),
            ("C  Scheduled Value", 27, "R"),
            ("D  From Previous", 27, "R"),
            ("E  This Period", 25, "R"),
            ("F  Materials Stored", 24, "R"),
            ("G  Completed & Stored", 28, "R"),
            ("%", 12, "R"),
            ("H  Balance to Finish", 27, "R"),
            ("I  Retainage", 23, "R"),
        ]
        trs = []
        for k, r in enumerate(rows):
            g = r["prev"] + r["this"] + r["stored"]
            trs.append(
                [
                    str(k + 1),
                    r["name"],
                    en(r["sv"]),
                    en(r["prev"]),
                    en(r["this"]),
                    en(r["stored"]),
                    en(g),
                    f"{(g / r['sv'] * 100):.1f}%",
                    en(r["sv"] - g),
                    en(q2(g * ret_pct / 100)),
                ]
            )
        g_t = completed
        trs.append(
            [
                "",
                "GRAND TOTAL",
                en(contract),
                en(prev_completed),
                en(sum(r["this"] for r in rows)),
                en(sum(r["stored"] for r in rows)),
                en(g_t),
                f"{(g_t / contract * 100):.1f}%",
                en(contract - g_t),
                en(ret),
            ]
        )
        table(pdf, 10, 22, cols, trs, size=7, font="LSans", rowh=5.6, header_fill=(225, 225, 225))
        pdf.output(path)

    notes = (
        "US construction progress billing modeled on AIA G702 (page 1, portrait) + G703 continuation sheet (page 2, landscape). invoice_number = 'INVOICE NO' "
        "(the application number is a decoy); invoice_date = 'INVOICE DATE' (mm/dd/yyyy); 'PERIOD TO' and contract date are decoys; no due date printed. "
        + (
            f"PO = the owner's {'contract' if 'Contract' in po else 'PO'} number printed as 'OWNER ... PO NO'. "
            if po
            else "No PO. "
        )
        + "total = line 8 'CURRENT PAYMENT DUE'; original contract sum, change orders, completed to date, retainage, total earned, previous certificates and "
        "balance to finish are decoys. No tax, no subtotal (null). No invoice lines: the G703 rows are the schedule of values (line_items empty). "
        "The contractor licence number is not a tax id (null)."
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=None,
        invoice_number=inv_no,
        po_number=po_val,
        invoice_date=d.isoformat(),
        due_date=None,
        currency="USD",
        subtotal=None,
        tax=None,
        total=mt(due_now),
        line_items=[],
        notes=notes,
    )
    return t, [f(d), inv_no, po_val, vname, en(contract)], render


# =========================================================================== 07 German Kleinunternehmer letter invoice (§ 19 UStG, Steuernummer)
KU_V = [
    ("Lena Vogt Yoga & Bewegung", "Lena Vogt", "Gartenweg 3", "79098 Freiburg im Breisgau", "BW"),
    ("Fotografie Jonas Albrecht", "Jonas Albrecht", "Lindenstraße 41", "04109 Leipzig", "SN"),
    ("Nachhilfe & Lernbegleitung Meier", "Sabine Meier", "Am Mühlbach 12", "93047 Regensburg", "BY"),
    ("PC-Service Yilmaz", "Emre Yilmaz", "Kaiserstraße 88", "45468 Mülheim an der Ruhr", "NW"),
]
KU_B = [
    ("Kita Sonnenschein gGmbH", "z. Hd. Frau Berger", "Wiesentalstraße 20", "79115 Freiburg"),
    ("Weinhaus Brückner GmbH", "Herrn Matthias Brückner", "Karl-Liebknecht-Str. 15", "04107 Leipzig"),
    ("Familie Hoffmann", "Frau Katrin Hoffmann", "Prüfeninger Str. 71", "93049 Regensburg"),
    ("Steuerkanzlei Dr. Kessler & Partner", "Büro-Organisation", "Schloßstraße 2", "45468 Mülheim an der Ruhr"),
]
KU_LINES = [
    [
        ("Yogakurs Kinder (Einheit à 45 Min.)", "Einh.", 35, 55, 4, 12),
        ("Entspannungsworkshop Team", "Pausch.", 180, 320, 1, 1),
        ("Fahrtkosten (km)", "km", 0.3, 0.3, 10, 60),
    ],
    [
        ("Produktfotografie Weinflaschen freigestellt", "Stk.", 18, 35, 10, 60),
        ("Fotoshooting vor Ort (Stunden)", "Std.", 65, 95, 2, 6),
        ("Bildbearbeitung und Retusche", "Std.", 45, 60, 1, 8),
        ("Nutzungsrechte Web & Print, 2 Jahre", "Pausch.", 150, 400, 1, 1),
    ],
    [
        ("Nachhilfe Mathematik 9. Klasse (60 Min.)", "Std.", 22, 30, 4, 12),
        ("Nachhilfe Englisch (60 Min.)", "Std.", 22, 30, 2, 8),
        ("Prüfungsvorbereitung Intensivtag", "Tag", 90, 140, 1, 2),
    ],
    [
        ("Einrichtung Arbeitsplatz-PC inkl. Datenübernahme", "Stk.", 60, 95, 1, 4),
        ("Vor-Ort-Service (Stunden)", "Std.", 48, 65, 1, 8),
        ("Anfahrtspauschale", "Pausch.", 15, 25, 1, 1),
        ("Netzwerkdrucker eingerichtet", "Stk.", 35, 55, 1, 3),
    ],
]
STNR_FMT = {
    "BW": lambda r: f"{digits(r, 2)}/{digits(r, 3)}/{digits(r, 5)}",
    "SN": lambda r: f"2{digits(r, 2)}/{digits(r, 3)}/{digits(r, 5)}",
    "BY": lambda r: f"1{digits(r, 2)}/{digits(r, 3)}/{digits(r, 5)}",
    "NW": lambda r: f"{digits(r, 3)}/{digits(r, 4)}/{digits(r, 4)}",
}


@style("07", "de_kleinunternehmer_19")
def s07(rng, i):
    trade, person, va1, va2, land = KU_V[i]
    bname, batt, ba1, ba2 = KU_B[i]
    stnr = valid(rng, lambda: STNR_FMT[land](rng), lambda s: _stnr.is_valid(s, land_name(land)))
    d = rand_date(rng)
    items = items_from(rng, KU_LINES[i], rng.randint(2, len(KU_LINES[i])))
    disc = None
    if i == 1:
        gross = sum(it["amount"] for it in items)
        disc = -q2(gross * D("0.05"))
        items.append({"desc": "Stammkundenrabatt 5 %", "unit": "", "qty": None, "price": disc, "amount": disc})
    total = sum(it["amount"] for it in items)
    paid_cash = i == 2
    days = rng.choice([7, 14, 30])
    due = None if paid_cash else d + dt.timedelta(days=days)
    f = lambda x: x.strftime("%d.%m.%Y")  # noqa: E731
    inv_no = [
        f"{d.year}-{rng.randint(1, 90):03d}",
        f"RE{d.strftime('%y%m')}{rng.randint(1, 20):02d}",
        f"{rng.randint(10, 140)}",
        f"R-{d.year}-{rng.randint(100, 400)}",
    ][i]
    po = f"BE-{rng.randint(1000, 9999)}" if i == 3 else None
    svc = f"{(d - dt.timedelta(days=rng.randint(25, 40))).strftime('%d.%m.')}–{(d - dt.timedelta(days=rng.randint(1, 5))).strftime('%d.%m.%Y')}"
    ibn = iban("DE", digits(rng, 8, True) + digits(rng, 10))
    named_creditor = i == 0

    def render(path):
        pdf = lfont(new_fpdf(creator="LibreOffice Writer"))
        pdf.add_page()
        txt(pdf, 125, 16, trade, 13, "B", "LSerif")
        for k, line in enumerate(
            [
                person,
                va1,
                va2,
                f"Tel. 0{digits(rng, 3)} {digits(rng, 6)}",
                [
                    "hallo@lenavogt-yoga.de",
                    "mail@jonas-albrecht-foto.de",
                    "s.meier.nachhilfe@web.de",
                    "service@pc-yilmaz.de",
                ][i],
            ]
        ):
            txt(pdf, 125, 23 + k * 4.3, line, 8.5, font="LSerif")
        txt(pdf, 25, 45, f"{person} · {va1} · {va2}", 6.5, font="LSans", color=(80, 80, 80))
        pdf.set_draw_color(120, 120, 120)
        pdf.line(25, 48.5, 105, 48.5)
        for k, line in enumerate([bname, batt, ba1, ba2]):
            txt(pdf, 25, 52 + k * 4.8, line, 10, font="LSerif")
        info = [
            ("Rechnungsnummer:", inv_no),
            ("Rechnungsdatum:", f(d)),
            (
                "Leistungszeitraum:" if i in (0, 2) else "Leistungsdatum:",
                svc if i in (0, 2) else f(d - dt.timedelta(days=rng.randint(1, 9))),
            ),
            ("Kundennummer:", f"{rng.randint(100, 999)}"),
        ] + ([("Ihre Bestellung:", po)] if po else [])
        for k, (a, b) in enumerate(info):
            txt(pdf, 125, 58 + k * 4.6, a, 8.5, font="LSans")
            txt(pdf, 160, 58 + k * 4.6, b, 8.5, font="LSans")
        txt(pdf, 25, 98, f"Rechnung Nr. {inv_no}", 12, "B", "LSans")
        txt(
            pdf,
            25,
            108,
            "Sehr geehrte Damen und Herren,"
            if i in (0, 3)
            else f"Guten Tag {batt.split()[-1] if i == 1 else 'Frau Hoffmann'},",
            10,
            font="LSerif",
        )
        txt(
            pdf,
            25,
            114,
            "für meine Leistungen erlaube ich mir, Ihnen folgenden Betrag in Rechnung zu stellen:",
            10,
            font="LSerif",
        )
        cols = [
            ("Pos.", 12, "L"),
            ("Beschreibung", 82, "L"),
            ("Menge", 16, "R"),
            ("Einheit", 16, "L"),
            ("Einzelpreis", 22, "R"),
            ("Gesamt", 22, "R"),
        ]
        rows = [
            [
                str(k + 1),
                it["desc"],
                de(it["qty"], 0) if it["qty"] is not None else "",
                it["unit"],
                (de(it["price"]) + " €") if it["qty"] is not None else "",
                de(it["amount"]) + " €",
            ]
            for k, it in enumerate(items)
        ]
        y = table(
            pdf, 25, 122, cols, rows, size=8.8, font="LSans", rowh=6, border_bottom=True, line_color=(200, 200, 200)
        )
        pdf.set_draw_color(0, 0, 0)
        pdf.line(135, y + 1.5, 195, y + 1.5)
        txt(pdf, 120, y + 3, "Rechnungsbetrag", 10, "B", "LSans", w=50)
        txt(pdf, 165, y + 3, de(total) + " €", 10, "B", "LSans", align="R", w=30)
        y += 14
        txt(
            pdf,
            25,
            y,
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).",
            9,
            font="LSerif",
        )
        if paid_cash:
            txt(pdf, 25, y + 6, f"Betrag am {f(d)} in bar dankend erhalten.", 9.5, font="LSerif")
        else:
            txt(
                pdf,
                25,
                y + 6,
                f"Bitte überweisen Sie den Betrag bis zum {f(due)} ohne Abzug auf das unten genannte Konto.",
                9.5,
                font="LSerif",
            )
            if named_creditor:
                txt(pdf, 25, y + 12, f"Verwendungszweck: {inv_no} / Kd. {rng.randint(100, 999)}", 9, font="LSerif")
        txt(pdf, 25, y + 22, "Vielen Dank für Ihren Auftrag!", 10, font="LSerif")
        txt(pdf, 25, y + 28, "Mit freundlichen Grüßen", 10, font="LSerif")
        txt(pdf, 25, y + 38, person, 10, "I", "DV")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(25, 275, 195, 275)
        foot = [
            [trade, person, va1, va2],
            [
                "Bankverbindung",
                rng.choice(["Sparkasse", "Volksbank", "GLS Bank", "Postbank"]),
                "IBAN " + iban_fmt(ibn),
                "BIC " + rng.choice(["SOLADES1FRB", "GENODEM1GLS", "PBNKDEFFXXX", "BYLADEM1001"]),
            ],
            ["Steuernummer", stnr, f"Finanzamt {va2.split(' ', 1)[1].split(' im ')[0]}", "Kleinunternehmer § 19 UStG"],
        ]
        for c, col in enumerate(foot):
            for k, line in enumerate(col):
                txt(pdf, 25 + c * 60, 277 + k * 3.4, line, 6.8, "B" if k == 0 else "", "LSans", color=(70, 70, 70))
        pdf.output(path)

    notes = (
        "German Kleinunternehmer (§ 19 UStG) invoice as a DIN 5008 letter: sender line above the address window, info block right (labels left of values). "
        "No VAT: tax null, subtotal null (only 'Rechnungsbetrag' = total). vendor_name = the trade name in the letterhead (the owner's name is printed too). "
        "vendor_tax_id = 'Steuernummer' in the footer (no USt-IdNr.). invoice_number = 'Rechnungsnummer' (also in the subject line); invoice_date = "
        "'Rechnungsdatum' (dd.mm.yyyy); "
        + ("'Leistungszeitraum'" if i in (0, 2) else "'Leistungsdatum'")
        + " is a decoy; "
        + (
            "paid in cash ('in bar dankend erhalten'): no due date. "
            if paid_cash
            else "due = the 'bis zum' date in the payment sentence. "
        )
        + ("A 'Stammkundenrabatt 5 %' row is a negative line item (no quantity). " if disc else "")
        + ("PO = 'Ihre Bestellung'. " if po else "")
        + "Customer number, IBAN and the Finanzamt are decoys."
    )
    t = T(
        vendor_name=trade,
        vendor_tax_id=stnr,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if due else None,
        currency="EUR",
        subtotal=None,
        tax=None,
        total=mt(total),
        line_items=[
            {"amount": mt(it["amount"]), "quantity": qstr(it["qty"]) if it["qty"] is not None else None} for it in items
        ],
        notes=notes,
    )
    return t, [f(d), stnr, inv_no, f(due) if due else None, po, trade], render


def land_name(code):
    return {"BW": "Baden-Württemberg", "SN": "Sachsen", "BY": "Bayern", "NW": "Nordrhein-Westfalen"}[code]


# =========================================================================== 09 Spanish factura simplificada (restaurant / café thermal ticket)
ES_V = [
    ("ASADOR EL CIERZO", "Grupo Hostelero Cierzo, S.L.", "C/ del Coso, 87", "50001 Zaragoza", "10"),
    ("TABERNA LA MAREA", "Marea Cantábrica Restauración, S.L.", "Paseo de Pereda, 21", "39004 Santander", "10"),
    ("CAFETERÍA EL MIRADOR", "Hostelería Mirador del Turia, S.L.", "Av. del Puerto, 160", "46023 València", "mix"),
    ("PULPERÍA O ARRIEIRO", "O Arrieiro Hostalaría, S.L.", "Rúa do Franco, 14", "15702 Santiago de Compostela", "10"),
]
ES_LINES = {
    "ASADOR EL CIERZO": [
        ("Menú del día", 14.5, 18.5),
        ("Ternasco asado (ración)", 19, 26),
        ("Chuletón de vaca 1 kg", 48, 62),
        ("Ensalada mixta", 8, 11.5),
        ("Vino tinto Cariñena (botella)", 14, 22),
        ("Agua mineral 1 L", 2.2, 3.2),
        ("Café solo", 1.4, 1.9),
        ("Flan casero", 4.5, 6),
    ],
    "TABERNA LA MAREA": [
        ("Rabas de calamar", 11, 15),
        ("Anchoas de Santoña (6 uds.)", 14, 19),
        ("Cocido montañés", 13, 17),
        ("Sidra natural (botella)", 4.5, 6.5),
        ("Caña de cerveza", 2.2, 3),
        ("Quesada pasiega", 4.5, 6),
    ],
    "CAFETERÍA EL MIRADOR": [
        ("Café con leche", 1.6, 2.2),
        ("Tostada con tomate", 2.5, 3.8),
        ("Zumo de naranja natural", 3, 4.5),
        ("Croissant", 1.8, 2.6),
        ("Bocadillo de calamares", 5.5, 7.5),
        ("Horchata", 2.8, 3.6),
    ],
    "PULPERÍA O ARRIEIRO": [
        ("Pulpo á feira (ración)", 14, 19),
        ("Pementos de Padrón", 6.5, 8.5),
        ("Empanada de zamburiñas", 6, 9),
        ("Albariño (botella)", 16, 26),
        ("Tarta de Santiago", 4.5, 6),
        ("Queixo de tetilla", 7, 10),
    ],
}
ES_RETAIL = [
    ("Bolsa café molido 250 g", 5.5, 8.5),
    ("Botella aceite de oliva 0,5 L", 6.5, 9.5),
    ("Taza cerámica El Mirador", 7, 10),
]


@style("09", "es_factura_simplificada_ticket")
def s09(rng, i):
    trade, legal, va1, va2, mode = ES_V[i]
    cif8 = valid(rng, lambda: "B" + digits(rng, 8), _cif.is_valid)
    nif = cif8 if i != 1 else f"B-{cif8[1:]}"
    d = rand_date(rng)
    tm = f"{rng.randint(13, 23):02d}:{rng.randint(0, 59):02d}"
    items = []
    for desc, lo, hi in rng.sample(ES_LINES[trade], rng.randint(3, 6)):
        q = D(rng.choice([1, 1, 2, 2, 3, 4]))
        p = D(rng.randint(int(lo * 10), int(hi * 10))) / 10
        items.append({"desc": desc, "qty": q, "price": q2(p), "amount": q2(q * p), "rate": 10})
    if mode == "mix":
        for desc, lo, hi in rng.sample(ES_RETAIL, rng.randint(1, 2)):
            p = q2(D(rng.randint(int(lo * 10), int(hi * 10))) / 10)
            items.append({"desc": desc, "qty": D(1), "price": p, "amount": p, "rate": 21})
    total = sum(it["amount"] for it in items)
    rows = []
    for r in sorted({it["rate"] for it in items}):
        g = sum(it["amount"] for it in items if it["rate"] == r)
        base = q2(g * 100 / (100 + r))
        rows.append((r, base, g - base, g))
    base_t = sum(b for _, b, _, _ in rows)
    vat_t = sum(v for _, _, v, _ in rows)
    cash = i in (0, 3)
    tendered = D((int(total) // 10 + 1) * 10 + (10 if i == 3 else 0))
    inv_no = [
        f"T{rng.randint(1, 3)}-{rng.randint(1, 99999):06d}",
        f"FS{d.year % 100}/{rng.randint(1, 9999):05d}",
        f"{rng.randint(1, 999999):07d}",
        f"A-{rng.randint(1000, 9999)}",
    ][i]
    f = lambda x: x.strftime("%d/%m/%Y")  # noqa: E731
    height = 120 + 5 * len(items) + 6 * len(rows)

    def render(path):
        pdf = lfont(new_fpdf(fmt=(80, height), creator="TPV Hostelería 5.2"))
        pdf.add_page()
        y = 5

        def c(s, size=8, st="", font="LMono"):
            nonlocal y
            txt(pdf, 3, y, s, size, st, font, align="C", w=74)
            y += size * 0.48

        def lr(a, b, size=8, st=""):
            nonlocal y
            txt(pdf, 4, y, a, size, st, "LMono", w=50)
            txt(pdf, 40, y, b, size, st, "LMono", align="R", w=36)
            y += size * 0.48

        c(trade, 11, "B")
        y += 1
        c(legal, 7.5)
        c(f"NIF: {nif}" if i != 2 else f"CIF {nif}", 7.5)
        c(va1, 7.5)
        c(va2, 7.5)
        c(f"Tel. 9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}", 7.5)
        y += 2
        c("FACTURA SIMPLIFICADA", 9, "B")
        c(f"Nº: {inv_no}", 8.5)
        lr(f"Fecha: {f(d)}", f"Hora: {tm}", 7.5)
        lr(
            f"Mesa: {rng.randint(1, 30)}  Comensales: {rng.randint(1, 6)}" if i != 2 else "Barra",
            f"Camarero: {rng.choice(['Luis', 'Marta', 'Iker', 'Noelia', 'Xosé'])}",
            7.5,
        )
        c("-" * 42, 7.5)
        lr("UDS DESCRIPCIÓN", "PRECIO  IMPORTE", 7.2, "B")
        for it in items:
            txt(pdf, 4, y, f"{qstr(it['qty']):>3} {it['desc'][:24]}", 7.2, "", "LMono", w=50)
            txt(pdf, 40, y, f"{de(it['price']):>7} {de(it['amount']):>7}", 7.2, "", "LMono", align="R", w=36)
            y += 3.6
        c("-" * 42, 7.5)
        lr("TOTAL (IVA INCLUIDO)", de(total) + " EUR", 9.5, "B")
        y += 1
        lr("BASE IMP.  %IVA   CUOTA", "TOTAL", 7, "B")
        for r, b, v, g in rows:
            lr(f"{de(b):>9} {r:>4}% {de(v):>7}", de(g), 7)
        if len(rows) > 1:
            lr(f"{de(base_t):>9}       {de(vat_t):>7}", de(total), 7, "B")
        c("-" * 42, 7.5)
        if cash:
            lr("EFECTIVO ENTREGADO", de(tendered), 8)
            lr("CAMBIO", de(tendered - total), 8)
        else:
            lr(f"TARJETA {rng.choice(['VISA', 'MASTERCARD'])} ****{digits(rng, 4)}", de(total), 8)
            lr(f"AUT: {digits(rng, 6)}  TERM: {digits(rng, 8)}", "", 6.5)
        y += 2
        c("PROPINA NO INCLUIDA" if i != 2 else "GRACIAS POR SU VISITA", 7.5)
        c("Solicite factura completa con sus datos fiscales", 6.5)
        c(
            f"Inscrita en el R.M. de {va2.split(' ', 1)[1].split(' de ')[0]}, Tomo {rng.randint(1000, 4999)}, Folio {rng.randint(1, 220)}",
            6,
        )
        pdf.output(path)

    notes = (
        "Spanish factura simplificada (thermal restaurant/café ticket, monospace): trade name big, legal name (razón social) under it. vendor_name = the legal name "
        "(the one the NIF belongs to); the trade name is the brand. vendor_tax_id = the CIF/NIF as printed. invoice_number = 'Nº' under the title; invoice_date = "
        "'Fecha' (dd/mm/yyyy), time, table, diners and waiter are decoys. Prices include VAT: lines (qty x price) sum to the total. "
        + (
            "Single 10 % rate: subtotal = base imponible, tax = cuota. "
            if len(rows) == 1
            else "Two rates (10 % food and drink, 21 % retail goods): the per-rate rows are parts; the bold last row gives the total base and cuota (subtotal, tax). "
        )
        + (
            "Cash: 'EFECTIVO ENTREGADO' and 'CAMBIO' are decoys. "
            if cash
            else "Card payment row repeats the total; authorisation and terminal numbers are decoys. "
        )
        + "No due date, no PO. Currency EUR."
    )
    t = T(
        vendor_name=legal,
        vendor_tax_id=nif,
        invoice_number=inv_no,
        po_number=None,
        invoice_date=d.isoformat(),
        due_date=None,
        currency="EUR",
        subtotal=mt(base_t),
        tax=mt(vat_t),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), nif, inv_no, legal], render


# =========================================================================== 11 UK supplier invoice to an NHS trust (PO mandatory, payables PO box)
UK_V = [
    ("Medivale Surgical Supplies Ltd", "Unit 4, Brunel Park, Thornbury Road", "Bristol BS35 3JB", "01234567"),
    ("Northern Clinical Waste Services Ltd", "Riverside Works, Dock Lane", "Hull HU9 1PQ", "08765432"),
    ("Penrose Laboratory Consumables Ltd", "9 Cambridge Science Way", "Cambridge CB4 0WS", "05551234"),
    ("Harbour Facilities & Catering Equipment Ltd", "Quay House, 12 Ocean Way", "Southampton SO14 3JZ", "11223344"),
]
UK_T = [
    ("Severnside University Hospitals NHS Foundation Trust", "RVX"),
    ("Humber Valley Teaching Hospitals NHS Trust", "RWQ"),
    ("East Anglia Pathology Partnership NHS Trust", "RGZ"),
    ("Wessex Coast Healthcare NHS Foundation Trust", "RHW"),
]
UK_LINES = [
    [
        ("MSS-4410", "Sterile surgical gloves, latex-free, size 7 (box 50 pairs)", "BOX", 18, 32, 5, 60, "20"),
        ("MSS-1102", "Suture Vicryl 3-0 (box 12)", "BOX", 42, 78, 2, 30, "20"),
        ("MSS-2290", "Drape pack, general surgery", "EA", 6.5, 14, 20, 200, "20"),
        ("MSS-3105", "Incontinence pads (pack 28)", "PK", 7, 11, 10, 120, "0"),
        ("MSS-7001", "Delivery charge", "EA", 12, 25, 1, 1, "20"),
    ],
    [
        ("CW-SHP-1", "Sharps bin collection 22 L", "EA", 4.5, 8.5, 50, 400, "20"),
        ("CW-OR-660", "Orange bag clinical waste - 660 L bin lift", "LIFT", 9, 16, 40, 300, "20"),
        ("CW-CYT-60", "Cytotoxic waste 60 L container", "EA", 14, 26, 5, 60, "20"),
        ("CW-DOC", "Duty of care / waste transfer notes", "MTH", 25, 60, 1, 1, "20"),
    ],
    [
        ("PLC-0100", "Pipette tips 200 µl, racked (box 960)", "BOX", 24, 48, 2, 40, "20"),
        ("PLC-2230", "Blood culture bottles aerobic (pack 50)", "PK", 110, 180, 1, 12, "20"),
        ("PLC-3304", "Nitrile gloves medium (box 100)", "BOX", 3.2, 6.5, 20, 200, "20"),
        ("PLC-4410", "Specimen bags 2-pocket (pack 1000)", "PK", 38, 62, 1, 10, "20"),
        ("PLC-5005", "Microscope slides frosted (box 72)", "BOX", 4.5, 9, 5, 50, "20"),
        ("PLC-6120", "Centrifuge tubes 15 ml (case 500)", "CS", 48, 85, 1, 8, "20"),
        ("PLC-7012", "Urine containers 30 ml sterile (box 400)", "BOX", 28, 52, 1, 10, "20"),
        ("PLC-8100", "Swab, flocked, with Amies medium (box 50)", "BOX", 36, 64, 1, 20, "20"),
        ("PLC-9002", "Cryovials 2 ml (bag 500)", "BAG", 40, 90, 1, 6, "20"),
        ("PLC-9310", "Lab coat disposable (pack 10)", "PK", 9, 16, 2, 20, "20"),
    ],
    [
        ("HFC-CMB10", "Combination oven servicing (per unit)", "EA", 145, 260, 1, 6, "20"),
        ("HFC-DW02", "Dishwasher descale and safety check", "EA", 85, 160, 1, 4, "20"),
        ("HFC-PT", "Replacement door seal", "EA", 38, 95, 1, 6, "20"),
        ("HFC-LAB", "Engineer labour (hours)", "HR", 55, 78, 2, 16, "20"),
        ("HFC-CO", "Call-out charge", "EA", 45, 95, 1, 1, "20"),
    ],
]


@style("11", "uk_nhs_supplier_invoice")
def s11(rng, i):
    vname, va1, va2, crn = UK_V[i]
    trust, code = UK_T[i]
    vat9 = valid(rng, lambda: digits(rng, 9, True), lambda s: _gbvat.is_valid("GB" + s))
    vat_no = f"GB {vat9[:3]} {vat9[3:7]} {vat9[7:]}" if i != 3 else f"GB{vat9}"
    d = rand_date(rng)
    n = rng.randint(2, 4) if i != 2 else len(UK_LINES[2])
    items = []
    for code_, desc, unit, lo, hi, qlo, qhi, rate in rng.sample(UK_LINES[i], n):
        q = D(rng.randint(qlo, qhi))
        p = exact_price(rng, q, lo, hi)
        items.append(
            {"code": code_, "desc": desc, "unit": unit, "qty": q, "price": p, "amount": q2(q * p), "rate": rate}
        )
    if i == 2:
        extra = []
        for b in (2, 3):  # a long order: each product in three delivery batches
            for it in items:
                q = D(rng.randint(1, 9))
                extra.append({**it, "desc": it["desc"] + f" - batch {b}", "qty": q, "amount": q2(q * it["price"])})
        items += extra
    net = sum(it["amount"] for it in items)
    rates = {}
    for it in items:
        rates[it["rate"]] = rates.get(it["rate"], D(0)) + it["amount"]
    vat_rows = [(r, b, q2(b * D(r) / 100)) for r, b in sorted(rates.items(), reverse=True)]
    vat = sum(v for _, _, v in vat_rows)
    total = net + vat
    po = f"{code}{digits(rng, 7, True)}" if i != 1 else f"{code}-PO-{digits(rng, 6)}"
    inv_no = [
        f"SI-{rng.randint(100000, 199999)}",
        f"NCW{digits(rng, 6)}",
        f"{rng.randint(700000, 799999)}",
        f"HFC/{d.year}/{rng.randint(1000, 9999)}",
    ][i]
    long_d = i in (0, 2)
    f = (lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}") if long_d else (lambda x: x.strftime("%d/%m/%Y"))
    due = d + dt.timedelta(days=30)
    show_due = i != 1
    supplier_no = f"{rng.randint(100000, 999999)}"
    pobox = rng.randint(300, 399)
    money = lambda x: "£" + en(x)  # noqa: E731
    per_page = 24

    def header(pdf, page, pages):
        txt(pdf, 15, 14, vname, 13, "B", "LSans", color=(0, 70, 127))
        txt(pdf, 15, 20, f"{va1}, {va2}", 8, font="LSans")
        txt(pdf, 15, 24, f"VAT Reg No: {vat_no} · Company Reg No: {crn} (England & Wales)", 8, font="LSans")
        txt(pdf, 140, 14, "INVOICE", 18, "B", "LSans", align="R", w=55)
        txt(pdf, 140, 22, f"Page {page} of {pages}", 8, font="LSans", align="R", w=55)

    def render(path):
        pdf = lfont(new_fpdf(creator="Sage 200"))
        chunks = [items[k : k + per_page] for k in range(0, len(items), per_page)]
        pages = len(chunks)
        for pno, chunk in enumerate(chunks, 1):
            pdf.add_page()
            header(pdf, pno, pages)
            y = 32
            if pno == 1:
                txt(pdf, 15, y, "INVOICE TO", 7.5, "B", "LSans", color=(100, 100, 100))
                for k, line in enumerate(
                    [trust, f"{code} Payables", "NHS Shared Business Services", f"PO Box {pobox}", "Leeds LS11 1HP"]
                ):
                    txt(pdf, 15, y + 4.5 + k * 4.3, line, 8.8, "B" if k == 0 else "", "LSans")
                txt(
                    pdf,
                    15,
                    y + 27,
                    "DELIVER TO: "
                    + rng.choice(
                        [
                            "Main Theatres Store, Level 2",
                            "Pathology Goods In, Block C",
                            "Estates & Facilities Depot",
                            "Central Kitchen",
                        ]
                    ),
                    8,
                    font="LSans",
                )
                meta = [
                    ("Invoice No:", inv_no),
                    ("Invoice Date / Tax Point:", f(d)),
                    ("Purchase Order No:", po),
                    ("Account No:", f"{code}00{rng.randint(1, 9)}"),
                    ("Supplier No:", supplier_no),
                ]
                if show_due:
                    meta.insert(2, ("Payment Due:", f(due)))
                for k, (a, b) in enumerate(meta):
                    txt(pdf, 105, y + k * 5, a, 8.8, font="LSans", align="R", w=50)
                    txt(pdf, 157, y + k * 5, b, 8.8, "B", "LSans")
                y += 38
            cols = [
                ("Code", 22, "L"),
                ("Description", 76, "L"),
                ("Qty", 12, "R"),
                ("Unit", 12, "C"),
                ("Unit Price", 20, "R"),
                ("VAT %", 14, "R"),
                ("Net", 24, "R"),
            ]
            rows = [
                [it["code"], it["desc"], qstr(it["qty"]), it["unit"], en(it["price"]), it["rate"], en(it["amount"])]
                for it in chunk
            ]
            y = table(
                pdf,
                15,
                y,
                cols,
                rows,
                size=7.8,
                font="LSans",
                rowh=5.6,
                header_fill=(0, 70, 127),
                header_color=(255, 255, 255),
                line_color=(170, 170, 170),
            )
            if pno < pages:
                txt(pdf, 15, y + 3, "Continued overleaf ...", 8, "I", "DV")
                continue
            y += 5
            table(
                pdf,
                15,
                y,
                [("VAT Rate", 20, "R"), ("Goods (Net)", 28, "R"), ("VAT", 24, "R")],
                [[f"{r}%", en(b), en(v)] for r, b, v in vat_rows],
                size=7.8,
                font="LSans",
                rowh=5.2,
                header_fill=(230, 230, 230),
            )
            for k, (a, b) in enumerate(
                [("Total Net", money(net)), ("Total VAT", money(vat)), ("Invoice Total GBP", money(total))]
            ):
                st = "B" if k == 2 else ""
                txt(pdf, 125, y + k * 6, a, 9.5 if st else 8.8, st, "LSans", w=40)
                txt(pdf, 165, y + k * 6, b, 9.5 if st else 8.8, st, "LSans", align="R", w=30)
            y += 24
            txt(
                pdf,
                15,
                y,
                "Terms: 30 days from date of invoice. Please quote our invoice number and your Purchase Order number with your remittance.",
                7.6,
                font="LSans",
            )
            txt(
                pdf,
                15,
                y + 4.5,
                f"BACS: {vname} · Sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} · Account {digits(rng, 8)}",
                7.6,
                font="LSans",
            )
            txt(
                pdf,
                15,
                y + 9,
                "Late payment interest may be charged under the Late Payment of Commercial Debts (Interest) Act 1998.",
                7.6,
                font="LSans",
            )
            pdf.set_draw_color(120, 120, 120)
            pdf.dashed_line(15, 240, 195, 240, 2, 1.5)
            txt(pdf, 15, 243, "REMITTANCE ADVICE", 9, "B", "LSans")
            for k, (a, b) in enumerate(
                [
                    ("Customer:", trust),
                    ("Our Invoice No:", inv_no),
                    ("Your PO No:", po),
                    ("Amount Due:", money(total)),
                    ("Amount Paid:", ""),
                ]
            ):
                txt(pdf, 15, 249 + k * 5, a, 8.5, font="LSans", w=30)
                txt(pdf, 48, 249 + k * 5, b, 8.5, font="LSans")
            txt(pdf, 120, 249, "Remit to:", 8.5, "B", "LSans")
            for k, line in enumerate(
                [vname, "Credit Control", va1, va2, f"credit.control@{vname.split()[0].lower()}.co.uk"]
            ):
                txt(pdf, 120, 254 + k * 4.4, line, 8, font="LSans")
        pdf.output(path)

    notes = (
        "UK supplier invoice to an NHS trust addressed to the trust's payables PO Box at NHS Shared Business Services (a decoy address). Header labels right-aligned "
        "next to their values. vendor_tax_id = 'VAT Reg No' ("
        + ("spaced GB ... as printed" if i != 3 else "GB + 9 digits")
        + "); company reg no, account no and "
        "supplier no are decoys. invoice_date = 'Invoice Date / Tax Point' ("
        + ("'14 March 2026'" if long_d else "dd/mm/yyyy")
        + "); "
        + ("due = 'Payment Due'. " if show_due else "no due date printed (only '30 days from date of invoice'). ")
        + "PO = 'Purchase Order No' (repeated in the remittance advice). subtotal = 'Total Net', tax = 'Total VAT', total = 'Invoice Total GBP'; the VAT analysis "
        "rows and the remittance 'Amount Due' are decoys/repeats. "
        + ("Zero-rated lines (0 %) mixed with 20 %. " if len(vat_rows) > 1 else "")
        + ("Two pages: the line table continues on page 2, totals on the last page. " if len(items) > per_page else "")
    )
    t = T(
        vendor_name=vname,
        vendor_tax_id=vat_no,
        invoice_number=inv_no,
        po_number=po,
        invoice_date=d.isoformat(),
        due_date=due.isoformat() if show_due else None,
        currency="GBP",
        subtotal=mt(net),
        tax=mt(vat),
        total=mt(total),
        line_items=[{"amount": mt(it["amount"]), "quantity": qstr(it["qty"])} for it in items],
        notes=notes,
    )
    return t, [f(d), vat_no, inv_no, f(due) if show_due else None, po, vname], render

"""Chromium (HTML) styles for set 55, second part (04 Joinville DANFE NFC-e in Portuguese on an 80 mm TILL ROLL, a
discount on two, the approximate taxes of Lei 12.741 and no VAT line; 05 Peshawar SALES TAX INVOICE in English with the
TOTALS in a band at the TOP, the facts' LABELS at a LINE'S END and their values on the next line, sales tax 18 %,
rupees, the total in words and an advance deducted on two)."""

# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import css, de, digits, en, q2, rand_date, style_registry, valid
from kit_common import due_note, lines, po_note, qr_svg, truth
from kit_words import en_words_title
from stdnum.br import cnpj, cpf

STYLES, style = style_registry("chromium")


# =========================================================================== 04 Joinville (NFC-e, BRL), 80 mm till roll
JV_V = [  # (legal name, trading name, address, catalogue)
    ("PANIFICADORA RUA DO PRINCIPE LTDA", "Padaria do Príncipe", "Rua do Príncipe, 412 - Centro, Joinville - SC, CEP 89201-001",
     [("PAO FRANCES KG", "KG", 1, 3, 14, 19), ("CUCA DE BANANA", "UN", 1, 2, 18, 29), ("CAFE EXPRESSO", "UN", 1, 4, 5, 9), ("SONHO DE CREME", "UN", 1, 6, 4, 7), ("LEITE INTEGRAL 1L", "UN", 1, 6, 5, 8)]),
    ("AUTO PECAS BOA VISTA LTDA", "Boa Vista Auto Peças", "Rua Albano Schmidt, 3150 - Boa Vista, Joinville - SC, CEP 89206-001",
     [("OLEO MOTOR 5W30 SINT 1L", "UN", 1, 5, 38, 62), ("FILTRO DE OLEO PH5548", "UN", 1, 2, 24, 45), ("PALHETA LIMPADOR 20POL", "UN", 1, 2, 29, 55), ("LAMPADA H4 12V", "UN", 1, 4, 18, 39), ("ADITIVO RADIADOR 1L", "UN", 1, 3, 19, 32)]),
    ("EMPORIO CERVEJEIRO JOINVILLE LTDA", "Empório Cervejeiro", "Rua Visconde de Taunay, 769 - Atiradores, Joinville - SC, CEP 89203-005",
     [("CERVEJA ARTESANAL IPA 500ML", "UN", 1, 12, 19, 34), ("CERVEJA WEISS 600ML", "UN", 1, 6, 22, 36), ("COPO TULIPA 300ML", "UN", 1, 4, 24, 39), ("PRETZEL GRANDE", "UN", 1, 4, 9, 16), ("KIT DEGUSTACAO 4 ESTILOS", "UN", 1, 2, 69, 119)]),
    ("FARMACIA VILA NOVA JOINVILLE LTDA", "Farmácia Vila Nova", "Rua XV de Novembro, 5480 - Vila Nova, Joinville - SC, CEP 89237-000",
     [("DIPIRONA 500MG 10CP", "UN", 1, 3, 6, 12), ("PROTETOR SOLAR FPS50 200ML", "UN", 1, 2, 49, 89), ("VITAMINA C 1G 10CP EFERV", "UN", 1, 3, 12, 24), ("ESCOVA DENTAL MACIA", "UN", 1, 4, 7, 15), ("SORO FISIOLOGICO 500ML", "UN", 1, 4, 6, 11)]),
]
JV_HTML = """<html lang="pt-BR"><head><meta charset="utf-8"><style>@page{size:80mm {{ h }}mm;margin:4mm 4mm} body{font-family:'DejaVu Sans Mono',monospace;font-size:7pt;color:#000;margin:0}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:0} .r{text-align:right;white-space:nowrap} .c{text-align:center} hr{border:0;border-top:1px dashed #000;margin:3px 0}
</style></head><body>
<div class="c" style="font-weight:bold">{{ vname }}</div><div class="c">{{ trade }}</div><div class="c">CNPJ: {{ vid }} IE: {{ ie }}</div><div class="c">{{ vaddr }}</div>
<hr><div class="c" style="font-weight:bold">DANFE NFC-e - Documento Auxiliar da Nota Fiscal de Consumidor Eletrônica</div><div class="c">Não permite aproveitamento de crédito de ICMS</div><hr>
<table><tr><td>Código</td><td>Descrição</td><td class="r">Qtde</td><td>Un</td><td class="r">Vl Unit</td><td class="r">Vl Total</td></tr>
{% for it in items %}<tr><td>{{ it.c }}</td><td colspan="5">{{ it.d }}</td></tr><tr><td></td><td></td><td class="r">{{ it.q }}</td><td>&nbsp;{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table><hr>
<table><tr><td>Qtde. total de itens</td><td class="r">{{ n }}</td></tr><tr><td>Valor total R$</td><td class="r">{{ gross }}</td></tr>
{% if disc %}<tr><td>Desconto R$</td><td class="r">{{ disc }}</td></tr>{% endif %}
<tr style="font-weight:bold;font-size:8.6pt"><td>Valor a Pagar R$</td><td class="r">{{ total }}</td></tr>
<tr><td>FORMA PAGAMENTO</td><td class="r">VALOR PAGO R$</td></tr><tr><td>{{ pay }}</td><td class="r">{{ paid }}</td></tr><tr><td>Troco R$</td><td class="r">{{ change }}</td></tr></table><hr>
<div class="c">Consulte pela Chave de Acesso em<br>www.sef.sc.gov.br/nfce/consulta</div><div class="c">{{ key }}</div><hr>
<div class="c">{{ cons }}</div><hr>
<div class="c" style="font-weight:bold">NFC-e nº {{ no }} Série {{ serie }} {{ d }} {{ tm }}</div>
<div class="c">Protocolo de autorização: {{ prot }}</div><div class="c">Data de autorização: {{ d }} {{ tm2 }}</div>
<div class="c" style="margin-top:4px">{{ qr|safe }}</div>
<div class="c">Tributos Totais Incidentes (Lei Federal 12.741/2012): R$ {{ trib }}</div><div class="c">Fonte: IBPT</div>
<div class="c" style="margin-top:3px">Operador: {{ op }} · Caixa {{ pdv }}</div><div class="c">Obrigado pela preferência!</div>
</body></html>"""


@style("04", "br_jve_joinville_nfce_danfe_till_80mm_desconto")
def s04(rng, i):
    vname, trade, vaddr, cat = JV_V[i]
    d = rand_date(rng)
    items = lines(rng, cat, [4, 3, 5, 3][i], D("0.01"))
    gross = sum(x["amount"] for x in items)
    disc = q2(gross * D(rng.choice([5, 10])) / 100) if i in (1, 2) else D(0)
    total = gross - disc
    vid = cnpj.format(valid(rng, lambda: digits(rng, 8, True) + "0001" + digits(rng, 2), cnpj.is_valid))
    cons_cpf = cpf.format(valid(rng, lambda: digits(rng, 11, True), cpf.is_valid)) if i in (0, 3) else None
    no = f"{rng.randint(1000, 399999):09d}"
    serie = f"{rng.randint(1, 9):03d}"
    cash = i in (0, 2)
    paid = (total // 10 + 1) * 10 if cash else total
    key = " ".join(digits(rng, 4) for _ in range(11))
    tm = f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 49):02d}"
    ctx = dict(
        h=175 + 8 * len(items), vname=vname, trade=trade, vid=vid, ie=f"{rng.randint(250, 259)}.{digits(rng, 3)}.{digits(rng, 3)}", vaddr=vaddr,
        items=[{"c": f"{rng.randint(1000, 99999)}", "d": x["desc"], "q": de(x["qty"], 3), "u": x["unit"], "p": de(x["price"]), "a": de(x["amount"])} for x in items],
        n=len(items), gross=de(gross), disc=de(disc) if disc else None, total=de(total), pay="Dinheiro" if cash else rng.choice(["Cartão de Débito", "Cartão de Crédito", "PIX"]), paid=de(paid), change=de(paid - total),
        key=key, cons=f"CONSUMIDOR - CPF {cons_cpf}" if cons_cpf else "CONSUMIDOR NÃO IDENTIFICADO", no=no, serie=serie, d=d.strftime("%d/%m/%Y"), tm=tm, tm2=tm[:6] + f"{int(tm[6:]) + rng.randint(1, 9):02d}",
        prot="342" + d.strftime("%y") + digits(rng, 10), qr=qr_svg(rng, 24), trib=de(q2(total * D(rng.choice(["0.1834", "0.2211", "0.3127", "0.1456"])))), op=rng.choice(["MARLI", "JOAO P.", "ALINE", "CX02"]), pdv=f"{rng.randint(1, 6):02d}",
    )
    notes = (
        "Joinville (Santa Catarina, Brazil) DANFE NFC-e (consumer e-invoice) on an 80 mm TILL ROLL in Portuguese, monospace, '1.234,56', quantities with three decimals ('2,000'): "
        "vendor = the legal name at the top (razão social; the trading name under it is the same shop); vendor_tax_id = 'CNPJ' (formatted; the IE, the consumer's CPF, the access key (Chave de Acesso) and the authorisation protocol are decoys). "
        "invoice_number = 'NFC-e nº' (nine digits; the 'Série' beside it is not part of it); invoice_date = the date after it (the authorisation date is the same day). No due date (paid at the till, null). No PO. "
        "subtotal and tax are null: an NFC-e prints no net and no tax line; 'Tributos Totais Incidentes (Lei Federal 12.741/2012)' is the approximate tax burden for the consumer's information, a decoy. "
        "total = 'Valor a Pagar R$'" + (" after the 'Desconto R$' (the 'Valor total R$' above it is the sum of the rows before the discount)" if disc else " (the same as 'Valor total R$')")
        + (", the cash paid and the change (Troco) are decoys" if cash else "") + ". Currency BRL. Line items: every row (consumer prices)."
    )
    t = truth(vname, vid, no, None, d, None, "BRL", None, None, total, items, notes)
    chk = {"printed": [d.strftime("%d/%m/%Y"), no, vname, vid, "Valor a Pagar R$", cons_cpf, key, ctx["trib"]], "line_adjustment": str(-disc)}
    return t, chk, (JV_HTML, ctx)


# =========================================================================== 05 Peshawar (sales tax 18, PKR), totals on top, labels at the line's end
PW_V = [
    ("Khyber Marble & Granite Industries (Pvt.) Ltd", "Plot 27, Small Industrial Estate, Kohat Road, Peshawar", "#7c2d12"),
    ("Hayatabad Steel Re-Rolling Mills (Pvt.) Ltd", "Plot 9-B, Industrial Estate, Hayatabad, Peshawar", "#1f2937"),
    ("Frontier Pharma Distributors (Pvt.) Ltd", "Office 4, Deans Trade Centre, Saddar Road, Peshawar Cantt", "#0f766e"),
    ("Gandhara Packages & Printing (Pvt.) Ltd", "Jamrud Road, near Board Bazar, Peshawar", "#4338ca"),
]
PW_B = ["Al-Haram Builders & Developers, University Town, Peshawar", "Mardan Construction Company, Mardan",
        "Rehman Medical Institute, Hayatabad Phase 5, Peshawar", "Swat Valley Foods (Pvt.) Ltd, Mingora"]
PW_ROWS = [
    [("Ziarat white marble tiles 24x12, polished", "sq.ft", 100, 2000, 280, 520), ("Black granite slab 18 mm", "sq.ft", 50, 600, 650, 1150), ("Marble skirting 4 inch", "rft", 50, 800, 90, 180), ("Cutting and edge polishing", "rft", 20, 400, 60, 140)],
    [("Deformed steel bar Grade 60, 12 mm", "ton", 1, 30, 265000, 292000), ("Deformed steel bar Grade 60, 16 mm", "ton", 1, 25, 262000, 289000), ("Binding wire 16 SWG", "kg", 50, 600, 380, 470)],
    [("Amoxicillin 500 mg capsules, pack of 20", "pack", 20, 400, 240, 420), ("Paracetamol 500 mg tablets, pack of 100", "pack", 20, 300, 180, 320), ("ORS sachets, box of 50", "box", 5, 100, 900, 1600), ("Surgical gloves, box of 100", "box", 5, 80, 1400, 2300)],
    [("Corrugated cartons 5-ply, printed 2 colours", "pcs", 500, 8000, 48, 95), ("Flexible laminated pouches 1 kg", "pcs", 1000, 20000, 9, 22), ("Offset printed labels", "pcs", 1000, 30000, 2, 6)],
]
PW_HTML = """<html lang="en"><head><meta charset="utf-8"><style>@@BASE@@
.band{background:{{ color }};color:#fff;padding:8px 12px;margin-top:8px} .band td{color:#fff;padding:0 16px 0 0;font-size:8pt} .band .big{font-size:14pt;font-weight:bold}
.eol{display:flex;justify-content:space-between;border-bottom:1px dotted #999;margin-top:5px;font-size:7.8pt;color:#444} .nv{font-weight:bold;font-size:9.4pt}
table.it{width:100%;border-collapse:collapse;margin-top:12px} table.it th{border-top:1px solid #333;border-bottom:1px solid #333;font-size:7.2pt;text-align:left;padding:4px} table.it td{border-bottom:1px solid #e5e7eb;padding:4px;font-size:8.2pt}
.r{text-align:right;white-space:nowrap}
</style></head><body>
<table style="width:100%"><tr><td><div style="font-size:14pt;font-weight:bold;color:{{ color }}">{{ vname }}</div><div>{{ vaddr }}, Khyber Pakhtunkhwa</div><div>Tel +92 91 {{ tel }} · {{ mail }}</div></td>
<td style="text-align:right;vertical-align:bottom"><div style="font-size:17pt;font-weight:bold">SALES TAX INVOICE</div></td></tr></table>
<div class="band"><table><tr><td>Value excluding sales tax<br><b>Rs. {{ net }}</b></td><td>Sales tax @ 18%<br><b>Rs. {{ tax }}</b></td><td>Value including sales tax<br><span class="big">Rs. {{ total }}</span></td>
{% if adv %}<td>Balance payable<br><b>Rs. {{ bal }}</b></td>{% endif %}</tr></table></div>
<table style="width:100%;margin-top:10px"><tr><td style="width:46%;vertical-align:top;font-size:8.3pt"><div style="color:#666;font-size:7pt">BUYER</div><b>{{ bname }}</b><br>{{ baddr }}<br>Buyer NTN {{ bntn }}<br>Buyer STRN {{ bstrn }}</td><td style="width:4%"></td>
<td>{% for k, v in facts %}<div class="eol"><span>{{ k[0] }}</span><span>{{ k[1] }}</span></div><div class="nv">{{ v }}</div>{% endfor %}</td></tr></table>
<table class="it"><tr><th>S.No.</th><th>Description of goods</th><th class="r">Quantity</th><th>Unit</th><th class="r">Rate</th><th class="r">Value excl. sales tax</th><th class="r">Sales tax 18%</th><th class="r">Value incl. sales tax</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.d }}</td><td class="r">{{ it.q }}</td><td>{{ it.u }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.t }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}
<tr><td colspan="5" class="r"><b>Total</b></td><td class="r"><b>{{ net }}</b></td><td class="r"><b>{{ tax }}</b></td><td class="r"><b>{{ total }}</b></td></tr>
{% if adv %}<tr><td colspan="7" class="r">Less: advance received vide receipt No. {{ adv_no }} dated {{ adv_d }}</td><td class="r">({{ adv }})</td></tr><tr><td colspan="7" class="r"><b>Balance payable</b></td><td class="r"><b>{{ bal }}</b></td></tr>{% endif %}</table>
<div style="margin-top:10px;font-size:8.4pt"><b>Amount in words:</b> {{ words }}</div>
<div style="margin-top:14px;font-size:7.4pt;color:#444">{{ pay }}<br>Bank: {{ bank }}, {{ branch }}, IBAN {{ ibanv }}. Income tax u/s 153 to be withheld as per law; please send the withholding certificate. E&amp;OE.<br>FBR e-invoicing: invoice reference {{ fbr }}</div>
<div style="margin-top:24px;font-size:8pt">Prepared by: ______________ &nbsp; Authorised signatory: ______________</div>
</body></html>"""


@style("05", "pk_pew_peshawar_sales_tax_invoice_18_total_top_label_eol_words")
def s05(rng, i):
    vname, vaddr, color = PW_V[i]
    bname, baddr = PW_B[i].split(", ", 1)
    d = rand_date(rng)
    items = lines(rng, PW_ROWS[i], [4, 3, 4, 3][i], D("1") if i == 1 else D("0.50"))
    for x in items:
        x["tax"] = q2(x["amount"] * D("0.18"))
    net = sum(x["amount"] for x in items)
    tax = sum(x["tax"] for x in items)
    total = net + tax
    ntn = f"{digits(rng, 7, True)}-{rng.randint(0, 9)}"
    strn = f"{rng.choice(['21', '32', '03'])}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}"
    vid = ntn
    no = [f"KMG/{d.year}/{rng.randint(100, 999)}", f"STI-{rng.randint(10000, 99999)}", f"FPD-{d.strftime('%y')}-{rng.randint(1000, 9999)}", f"{rng.randint(2000, 6999)}"][i]
    fd = [lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.strftime('%B')} {x.day}, {x.year}"][i]
    due = d + dt.timedelta(days=rng.choice([15, 30, 45])) if i in (0, 1, 2) else None
    po = [f"PO-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.year}", None, f"SVF/PUR/{rng.randint(100, 999)}"][i]
    adv = q2(total * D(rng.choice([25, 40, 50])) / 100) if i in (0, 1) else None
    rupees, paisa = int(total), int((total - int(total)) * 100)
    words = "Rupees " + en_words_title(rupees) + (f" and Paisa {en_words_title(paisa)}" if paisa else "") + " Only"
    facts = [(("This sales tax invoice is issued under serial number", "Invoice No."), no), (("Issued at Peshawar on", "Invoice Date"), fd(d))]
    if due:
        facts.append((("Payment to be received by", "Due Date"), fd(due)))
    if po:
        facts.append((("Supplied against your purchase order", "P.O. No."), po))
    facts.append((("Supplier's National Tax Number", "NTN"), ntn))
    facts.append((("Supplier registered for sales tax", "STRN"), strn))
    facts.append((("Goods dispatched under delivery challan", "D.C. No."), f"DC-{rng.randint(1000, 9999)} of {fd(d - dt.timedelta(days=rng.randint(0, 4)))}"))
    ctx = dict(
        color=color, vname=vname, vaddr=vaddr, tel=f"{digits(rng, 7, True)}", mail=f"accounts@{vname.split()[0].lower()}.com.pk", net=en(net), tax=en(tax), total=en(total),
        adv=en(adv) if adv else None, bal=en(total - adv) if adv else None, adv_no=f"CR-{rng.randint(100, 999)}", adv_d=fd(d - dt.timedelta(days=rng.randint(10, 45))),
        bname=bname, baddr=baddr, bntn=f"{digits(rng, 7, True)}-{rng.randint(0, 9)}", bstrn=f"{rng.choice(['21', '32'])}-{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 2)}", facts=facts,
        items=[{"d": x["desc"], "q": f"{x['qty']:,}", "u": x["unit"], "p": en(x["price"]), "a": en(x["amount"]), "t": en(x["tax"]), "g": en(x["amount"] + x["tax"])} for x in items],
        words=words, pay=("Terms: cash against delivery." if not due else f"Terms: {(due - d).days} days from the invoice date."),
        bank=rng.choice(["Bank of Khyber", "Habib Bank Limited", "Meezan Bank"]), branch=rng.choice(["Saddar Road Branch", "Hayatabad Branch", "University Road Branch"]),
        ibanv=" ".join(["PK" + digits(rng, 2), "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))] + [digits(rng, 4) for _ in range(4)]),
        fbr=f"{digits(rng, 6)}{d.strftime('%d%m%y')}{digits(rng, 8)}",
    )
    notes = (
        "Peshawar (Khyber Pakhtunkhwa, Pakistan) SALES TAX INVOICE in English with the TOTALS in a coloured band at the TOP (value excluding sales tax, sales tax @ 18%, value including sales tax"
        + (", the balance payable after an advance" if adv else "") + ") and the facts as lines whose LABEL stands at the END of a line of text with the value on the NEXT line; sales tax 18 % per row, 'Rs. 1,234,567.00', the total in words: "
        "vendor = the name at the top; vendor_tax_id = 'NTN' (the supplier's National Tax Number; the STRN, the buyer's NTN and STRN, the delivery challan, the FBR invoice reference and the IBAN are decoys). "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date'. "
        + due_note(due, "cash against delivery", "Due Date")
        + po_note(po, "P.O. No.")
        + "subtotal = 'Value excluding sales tax'; tax = 'Sales tax @ 18%'; total = 'Value including sales tax'"
        + (" before the advance (the advance, its receipt and date, and the 'Balance payable' are decoys)" if adv else "")
        + ". Currency PKR ('Rs.'). Line items: every row, the value excluding sales tax."
    )
    t = truth(vname, vid, no, po, d, due, "PKR", net, tax, total, items, notes)
    chk = {"printed": [fd(d), no, vname, vid, "Value including sales tax", fd(due) if due else None, ctx["bntn"], strn, words, ctx["bal"]]}
    return t, chk, (PW_HTML.replace("@@BASE@@", css(margin="13mm", fs="8.4pt")), ctx)

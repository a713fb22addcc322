"""Chromium (HTML) styles for set 17, part B (08 Maldivian boatyard's tax invoice to a resort for a dhoni's slipway
haul-out and hull work with GST 8 % in rufiyaa and a deposit taken at haul-out, 09 Timorese bookbinder's fatura in
Portuguese to a public archive for restoring record books, in US dollars with no tax, a register of the volumes on
page 2 on two documents and an advance on two)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    digits,
    en,
    exact_price,
    iban,
    iban_fmt,
    li,
    mt,
    q2,
    qstr,
    rand_date,
    style_registry,
    valid,
)
from kit_common import pt_date
from kit_words import pt_words
from stdnum import iban as _iban

STYLES, style = style_registry("chromium")


# =========================================================================== 08 Maldives boatyard (TIN ...GST501, GST 8 %, MVR, deposit)
MV_V = [
    ("Thilafushi Marine Works Pvt Ltd", "Plot 88, Thilafushi, K. Atoll", "#005f73"),
    ("Hulhumalé Boatyard Pvt Ltd", "Lot 10402, Nirolhu Magu, Hulhumalé", "#9b2226"),
    ("Gulhifalhu Dhoni Builders Pvt Ltd", "Gulhifalhu Industrial Zone, Malé", "#386641"),
    ("Addu Marine Engineering Pvt Ltd", "Hithadhoo Harbour Area, S. Addu City", "#3a0ca3"),
]
MV_B = [("Coral Atoll Resort Pvt Ltd", "Lh. Atoll, Republic of Maldives"), ("Blue Lagoon Island Resort Pvt Ltd", "B. Atoll, Republic of Maldives"),
        ("Sunset Reef Hotels & Resorts Pvt Ltd", "H. Orchid Magu, Malé"), ("Addu Diving Adventures Pvt Ltd", "Feydhoo, S. Addu City")]
MV_BOATS = ["Dhoni 'Fehi Veli'", "Dhoni 'Kandu Raiy'", "Speedboat 'Hiyala One'", "Dhoni 'Mas Dhoni 7'", "Supply dhoni 'Vaavoshi'"]
MV_WORK = [
    ("Hull pressure washing and scraping", "m²", 40, 180, "18.00", "45.00"),
    ("Antifouling paint, two coats, supplied and applied", "litre", 10, 60, "420.00", "780.00"),
    ("Replacement of hull planks (ironwood)", "m", 2, 18, "1200.00", "2800.00"),
    ("Engine service, Yanmar 6LY, labour", "hour", 4, 24, "450.00", "850.00"),
    ("Zinc anodes, supplied and fitted", "pc", 2, 10, "320.00", "680.00"),
    ("Propeller shaft alignment and cutless bearing", "job", 1, 1, "3500.00", "8500.00"),
    ("Fibreglass repair to deck and gunwale", "m²", 1, 12, "950.00", "1900.00"),
]


@style("08", "mv_boatyard_slipway_dhoni")
def s08(rng, i):
    vname, vaddr, color = MV_V[i]
    bname, baddr = MV_B[i]
    d = rand_date(rng)
    days = D(rng.randint(3, 21))
    haul = d - dt.timedelta(days=int(days) + rng.randint(1, 4))
    launch = haul + dt.timedelta(days=int(days))
    items = [{"desc": "Slipway haul-out and re-launch", "unit": "lot", "qty": D(1), "price": D(rng.randint(45, 120) * 100)},
             {"desc": f"Slipway occupancy ({haul.strftime('%d/%m')} to {launch.strftime('%d/%m')})", "unit": "day", "qty": days, "price": D(rng.randint(13, 30) * 50)}]
    for desc, unit, qlo, qhi, lo, hi in rng.sample(MV_WORK, rng.randint(2, 5)):
        q = D(rng.randint(qlo, qhi))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("5"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    net = sum(it["amount"] for it in items)
    tax = q2(net * D("0.08"))
    total = net + tax
    tin = f"10{digits(rng, 5)}GST501"
    b_tin = f"10{digits(rng, 5)}GST501"
    no = [f"TMW/INV/{d.year}/{rng.randint(100, 999)}", f"HB-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}", f"AME{d.strftime('%y')}{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d %b %Y"), lambda x: x.isoformat(), lambda x: x.strftime("%d.%m.%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 0, 14][i]) if i in (0, 3) else None
    term = ["", "15 days from invoice date", "Payable before re-launch", ""][i]
    po = [f"CAR/PO/{rng.randint(1000, 9999)}", None, f"SRH-{rng.randint(100, 999)}", None][i]
    dep = q2(D(rng.randint(20, 40)) * total / 100) if i in (1, 2) else None
    usd = q2(total / D("15.42")) if i == 0 else None
    boat = rng.choice(MV_BOATS)
    cur = "Rf" if i == 3 else "MVR"
    ruled = i % 2 == 0
    money = en
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="12mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
        + """
.hd{color:{{ color }}} .small{font-size:7pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{padding:4px;font-size:7.6pt;text-align:left;color:{{ color }};border-bottom:2px solid {{ color }}}
table.it td{padding:4px{% if ruled %};border-bottom:1px solid #ddd{% endif %}} table.tot td{padding:3px 8px} .pill{display:inline-block;background:{{ color }};color:#fff;padding:4px 12px;border-radius:10px;font-weight:bold;font-size:13pt}
</style></head><body>
<table style="width:100%"><tr><td><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>Boatbuilding · slipway · marine engineering</div><div>{{ v_addr }}, Maldives · +960 {{ tel }}</div><div>TIN: {{ tin }}</div></td>
<td class="r" style="vertical-align:top"><span class="pill">TAX INVOICE</span></td></tr></table>
<table style="width:100%;margin-top:14px"><tr><td style="width:50%"><div class="small">INVOICE TO</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>TIN: {{ b_tin }}</div></td>
<td><table style="margin-left:auto">{% for k, v in meta %}<tr><td class="small" style="padding:1px 12px 1px 0">{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<div style="margin-top:10px;background:#f4f4f4;padding:6px">Vessel: <b>{{ boat }}</b>, reg. {{ reg }} · hauled out {{ haul }} · re-launched {{ launch }} · job card {{ job }}</div>
<table class="it"><tr><th>#</th><th>Description</th><th>Unit</th><th class="r">Qty</th><th class="r">Rate (MVR)</th><th class="r">Amount (MVR)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}</table>
<table class="tot" style="margin-left:auto;margin-top:8px"><tr><td>Total before GST</td><td class="r">{{ net }}</td></tr><tr><td>GST 8%</td><td class="r">{{ tax }}</td></tr>
<tr><td style="background:{{ color }};color:#fff"><b>Total ({{ cur }})</b></td><td class="r" style="background:{{ color }};color:#fff"><b>{{ total }}</b></td></tr>
{% if dep %}<tr><td class="small">Less: deposit received at haul-out</td><td class="r small">({{ dep }})</td></tr><tr><td class="small">Balance payable</td><td class="r small">{{ bal }}</td></tr>{% endif %}
{% if usd %}<tr><td class="small" colspan="2">USD equivalent at 15.42: USD {{ usd }}</td></tr>{% endif %}</table>
<div style="margin-top:14px">{% if term %}Payment terms: {{ term }}. {% endif %}Please transfer to {{ bank }}, account {{ acct }} (MVR), in the name of {{ v_name }}, quoting the invoice number.</div>
<div class="small" style="margin-top:8px">Work carried out under the yard's standard terms. The vessel remains at the owner's risk while on the slipway. Goods and services tax charged at the general rate under the Goods and Services Tax Act.</div>
<table style="width:100%;margin-top:30px"><tr><td class="small">Yard manager: ____________________</td><td class="small r">Captain / client representative: ____________________</td></tr></table>
<div class="small" style="position:fixed;bottom:0;left:0;right:0;text-align:center">{{ v_name }} · TIN {{ tin }} · Page 1 of 1</div>
</body></html>"""
    )
    meta = [("Invoice No.", no), ("Invoice Date", fd(d))]
    if po:
        meta.append(("Client PO", po))
    meta.append(("Due Date", fd(due)) if due else ("Terms", term))
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"{rng.choice(['7', '9', '3'])}{digits(rng, 6)}", tin=tin, b_name=bname, b_addr=baddr, b_tin=b_tin, meta=meta, boat=boat,
        reg=f"{rng.choice(['P', 'C', 'T'])}{rng.randint(1000, 9999)}{rng.choice('ABCDE')}", haul=haul.strftime("%d/%m/%Y"), launch=launch.strftime("%d/%m/%Y"), job=f"JC-{rng.randint(1000, 9999)}", ruled=ruled,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        net=money(net), tax=money(tax), total=money(total), cur=cur, dep=money(dep) if dep else None, bal=money(total - dep) if dep else None, usd=money(usd) if usd else None, term=term,
        bank=rng.choice(["Bank of Maldives", "Maldives Islamic Bank", "State Bank of India, Malé", "Commercial Bank of Maldives"]), acct=f"77{digits(rng, 11)}",
    )
    notes = (
        "Maldivian boatyard's TAX INVOICE in English: vendor = the company name (Pvt Ltd) at the top; vendor tax id = 'TIN' (the GST TIN with 'GST501', no public checksum: random); the client's TIN, the vessel registration, the job card and the bank account are decoys. "
        "invoice_number = 'Invoice No.'; invoice_date = 'Invoice Date' (" + ["dd/mm/yyyy", "dd Mon yyyy", "yyyy-mm-dd", "dd.mm.yyyy"][i] + "); the haul-out and re-launch dates are decoys. "
        + ("due = 'Due Date'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = 'Client PO' {po}. " if po else "No PO. ")
        + f"subtotal = 'Total before GST'; tax = 'GST 8%'; total = 'Total ({cur})'"
        + ("; the deposit received at haul-out and 'Balance payable' are decoys" if dep else "")
        + ("; the USD equivalent is a decoy" if usd else "")
        + f". Currency MVR (printed 'MVR'{' and Rf' if cur == 'Rf' else ''}). Amounts '1,234.56'. Line items: every numbered row (amount = 'Amount (MVR)'; quantity 'Qty': lot, days, m², litres, metres, hours, pieces, jobs)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=tin, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="MVR", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "TIN: " + tin, no, po, vname, cur], (html, ctx)


# =========================================================================== 09 Timor-Leste bookbinder (NIF, no tax, USD, TL IBAN, volume register)
TL_V = [
    ("Encadernadora Lafaek, Unipessoal Lda.", "Rua de Audian, n.º 45, Díli", "#7f4f24"),
    ("Oficina de Restauro Tais, Lda.", "Avenida Nicolau Lobato, n.º 112, Díli", "#5a189a"),
    ("Atelier Livro Díli, Unipessoal Lda.", "Rua de Becora, n.º 8, Díli", "#14532d"),
    ("Restauro e Encadernação Ramelau, Lda.", "Rua Jacinto de Cândido, n.º 3, Baucau", "#7c2d12"),
]
TL_B = [("Arquivo Nacional de Timor-Leste", "Rua de Caicoli, Díli"), ("Direção Nacional dos Registos e Notariado", "Rua Jacinto Cândido, Díli"),
        ("Tribunal de Recurso de Timor-Leste", "Rua de Caicoli, Díli"), ("Autoridade Municipal de Baucau – Arquivo Municipal", "Vila Antiga, Baucau")]
TL_WORK = [
    ("Restauro de fólios danificados com papel japonês", "fólio", 20, 300, "0.80", "2.50"),
    ("Recostura dos cadernos", "volume", None, None, "12.00", "35.00"),
    ("Encadernação nova em meia-pele com gravação a ouro", "volume", None, None, "45.00", "120.00"),
    ("Caixa de conservação em cartão neutro", "caixa", None, None, "9.00", "22.00"),
    ("Digitalização de segurança a 300 dpi", "imagem", 500, 6000, "0.08", "0.20"),
]


@style("09", "tl_encadernacao_arquivo")
def s09(rng, i):
    vname, vaddr, color = TL_V[i]
    bname, baddr = TL_B[i]
    d = rand_date(rng)
    nvol = rng.randint(4, 24)
    folios = rng.randint(nvol * 80, nvol * 300)
    items = [{"desc": "Limpeza folha a folha e desinfestação", "unit": "fólio", "qty": D(folios)},
             {"desc": "Desacidificação por imersão", "unit": "volume", "qty": D(nvol)}]
    items[0]["price"] = exact_price(rng, items[0]["qty"], D("0.15"), D("0.45"), D("0.01"))
    items[1]["price"] = exact_price(rng, items[1]["qty"], D("8"), D("25"), D("0.50"))
    for desc, unit, qlo, qhi, lo, hi in rng.sample(TL_WORK, rng.randint(2, 4)):
        q = D(rng.randint(qlo, qhi)) if qlo else D(rng.randint(max(1, nvol // 2), nvol))
        items.append({"desc": desc, "unit": unit, "qty": q, "price": exact_price(rng, q, D(lo), D(hi), D("0.01"))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
    total = sum(it["amount"] for it in items)
    nif = digits(rng, 7, True)
    b_nif = digits(rng, 7, True)
    no = [f"FT {d.year}/{rng.randint(10, 250)}", f"OR-{rng.randint(1000, 9999)}", f"{rng.randint(100, 999)}/{d.strftime('%y')}", f"FT RAM{d.year}-{rng.randint(10, 99)}"][i]
    fd = [pt_date, lambda x: x.strftime("%d/%m/%Y"), lambda x: x.strftime("%d-%m-%Y"), pt_date][i]
    due = d + dt.timedelta(days=[30, 15, 0, 0][i]) if i in (0, 1) else None
    term = ["", "", "Pagamento a 30 dias", "Pagamento contra entrega dos volumes"][i]
    po = [None, f"Req. {rng.randint(100, 999)}/{d.year}", None, f"NE-{rng.randint(1000, 9999)}"][i]
    adv = q2(total * D("0.30")) if i in (1, 2) else None
    two = i in (1, 3)
    contract = f"{rng.randint(1, 60)}/{d.year}/{rng.choice(['ANTL', 'DNRN', 'TR', 'AMB'])}"
    ib = valid(rng, lambda: iban("TL", rng.choice(["008", "003", "001", "006"]) + digits(rng, 14) + digits(rng, 2)), _iban.is_valid)
    vols = [(f"Livro {rng.choice(['de registo de nascimentos', 'de escrituras', 'de atas', 'de registo predial', 'copiador de ofícios'])} n.º {rng.randint(1, 90)}", f"{y}-{y + rng.randint(1, 6)}", rng.randint(80, 300), rng.choice(["Bom após restauro", "Lacunas consolidadas", "Fungos tratados", "Lombada refeita", "Capa substituída"])) for y in sorted(rng.randint(1890, 1974) for _ in range(nvol))]
    money = en
    html = (
        """<html><head><meta charset="utf-8"><style>"""
        + css(margin="13mm 15mm", font="'DejaVu Serif',serif", fs="8.6pt")
        + """
.hd{color:{{ color }}} .small{font-size:7.2pt;color:#555} table.it{width:100%;margin-top:10px} table.it th{border-top:1px solid #333;border-bottom:1px solid #333;padding:4px;font-size:7.8pt;text-align:left}
table.it td{padding:4px} table.reg td,table.reg th{border-bottom:1px solid #ccc;padding:3px 5px;font-size:7.6pt;text-align:left}
</style></head><body>
<div class="hd" style="font-size:16pt;font-weight:bold;font-variant:small-caps">{{ v_name }}</div>
<div>Encadernação, restauro e conservação de documentos · {{ v_addr }}, Timor-Leste</div>
<div>Tel. +670 {{ tel }} · NIF / TIN: {{ nif }} · Registo comercial SERVE n.º {{ serve }}</div>
<hr style="border:0;border-top:2px solid {{ color }};margin:8px 0">
<table style="width:100%"><tr><td style="width:55%;vertical-align:top"><div class="small">Exmo.(s) Senhor(es)</div><b>{{ b_name }}</b><br>{{ b_addr }}<br>NIF do cliente: {{ b_nif }}</td>
<td style="vertical-align:top"><div style="font-size:14pt;font-weight:bold">FATURA</div><table>{% for k, v in meta %}<tr><td style="padding:1px 10px 1px 0">{{ k }}</td><td><b>{{ v }}</b></td></tr>{% endfor %}</table></td></tr></table>
<p>Serviços de restauro prestados ao abrigo do contrato n.º {{ contract }}: {{ nvol }} volumes recebidos em {{ recv }} e devolvidos em {{ ret }}{% if two %} (registo dos volumes na página 2){% endif %}.</p>
<table class="it"><tr><th>Descrição</th><th>Unidade</th><th class="r">Quant.</th><th class="r">Preço unit. (US$)</th><th class="r">Valor (US$)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}</td><td>{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td></tr>{% endfor %}
<tr><td colspan="4" style="border-top:1px solid #333;text-align:right"><b>Total a pagar (USD)</b></td><td class="r" style="border-top:1px solid #333"><b>{{ total }}</b></td></tr>
{% if adv %}<tr><td colspan="4" class="small" style="text-align:right">Adiantamento recebido (30 %)</td><td class="r small">{{ adv }}</td></tr><tr><td colspan="4" class="small" style="text-align:right">Saldo a pagar</td><td class="r small">{{ bal }}</td></tr>{% endif %}</table>
<p class="small">Serviço não sujeito a imposto. Valor por extenso: {{ words }} dólares americanos{{ cents }}.</p>
<p>{% if term %}Condições de pagamento: {{ term }}. {% endif %}Pagamento por transferência para {{ bank }}, IBAN {{ iban }}, SWIFT {{ swift }}, titular: {{ v_name }}</p>
<table style="width:100%;margin-top:28px"><tr><td class="small">O cliente (recebi os volumes)</td><td class="small r">A gerência · Obrigadu barak!</td></tr></table>
<div class="small" style="margin-top:14px;text-align:center">Página 1 de {{ pages }}</div>
{% if two %}<div style="page-break-before:always"></div>
<div style="font-weight:bold;font-size:10pt">Registo dos volumes tratados – fatura {{ no }}</div>
<table class="reg" style="width:100%;margin-top:6px"><tr><th>Volume</th><th>Anos</th><th>Fólios</th><th>Estado após intervenção</th></tr>{% for a, b, c, e in vols %}<tr><td>{{ a }}</td><td>{{ b }}</td><td>{{ c }}</td><td>{{ e }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:14px;text-align:center">Página 2 de 2</div>{% endif %}
</body></html>"""
    )
    meta = [("Fatura n.º", no), ("Data", fd(d))]
    if po:
        meta.append(("Requisição n.º" if i == 1 else "Nota de encomenda n.º", po))
    if due:
        meta.append(("Data de vencimento", fd(due)))
    recv = d - dt.timedelta(days=rng.randint(40, 120))
    cents = int((total % 1) * 100)
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"7{digits(rng, 7)}", nif=nif, serve=f"{rng.randint(1000, 9999)}/{rng.randint(15, 24)}", b_name=bname, b_addr=baddr, b_nif=b_nif, meta=meta,
        contract=contract, nvol=nvol, recv=fd(recv), ret=fd(d - dt.timedelta(days=rng.randint(1, 7))), two=two, pages=2 if two else 1, no=no, vols=vols,
        items=[{"desc": it["desc"], "unit": it["unit"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"])} for it in items],
        total=money(total), adv=money(adv) if adv else None, bal=money(total - adv) if adv else None, words=pt_words(int(total)), cents=f" e {cents} cêntimos" if cents else "", term=term,
        bank=rng.choice(["Banco Nacional de Comércio de Timor-Leste (BNCTL)", "BNU Timor", "Bank Mandiri (Timor-Leste)", "ANZ Timor-Leste"]), iban=iban_fmt(ib), swift=rng.choice(["BNCTTLDI", "CGDITLDI", "BMRITLDI", "ANZBTLDI"]),
    )
    notes = (
        "Timorese bookbinder's FATURA in Portuguese to a public body: vendor = the company name (Lda. / Unipessoal Lda.) at the top; vendor tax id = 'NIF / TIN' (7 digits, no public checksum: random); the client's NIF, the SERVE registration, the contract number and the IBAN are decoys. "
        "invoice_number = 'Fatura n.º'; invoice_date = 'Data' (" + ["'12 de março de 2026'", "dd/mm/yyyy", "dd-mm-yyyy", "'12 de março de 2026'"][i] + "); the dates the volumes were received and returned and the years in the register are decoys. "
        + ("due = 'Data de vencimento'. " if due else f"'{term}' is a term: no due date (null). ")
        + (f"PO = '{'Requisição n.º' if i == 1 else 'Nota de encomenda n.º'}' {po}. " if po else "No PO. ")
        + "No tax ('Serviço não sujeito a imposto'): subtotal and tax null; total = 'Total a pagar (USD)'"
        + ("; 'Adiantamento recebido (30 %)' and 'Saldo a pagar' are decoys" if adv else "")
        + ("; two pages: page 2 is a register of the volumes (decoy, not lines)" if two else "")
        + ". The amount in words repeats the total. Currency USD ('US$'/'USD'). Amounts '1,234.56'. Line items: every row above the total (amount = 'Valor (US$)'; quantity 'Quant.': folios, volumes, boxes, images)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="USD", subtotal=None, tax=None, total=mt(total), line_items=li(items), notes=notes,
    )
    return t, [fd(d), fd(due) if due else None, "NIF / TIN: " + nif, no, po, vname, "USD"], (html, ctx)

"""Chromium (HTML) styles for set 13, part A (01 Bahraini owners' association service-charge demand in English and
Arabic with VAT 10 % and arrears brought forward, 05 Cape Verdean clinic fatura with the insurer's and the patient's
shares, 06 Guatemalan FEL factura of an insurer for a premium with the IVA included in the prices)."""

# The HTML templates, data tables and truth notes are kept on long lines; one generator function per layout.
# ruff: noqa: E501, C901

import datetime as dt
from decimal import Decimal as D

from invoice_kit import (
    T,
    css,
    de,
    digits,
    en,
    exact_price,
    fnum,
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
from kit_common import MONTHS, en3, qr_svg
from kit_words import es_words, pt_words
from stdnum.gt import nit as _gtnit

STYLES, style = style_registry("chromium")


# =========================================================================== 01 Bahraini service-charge demand (owners' association, English / Arabic, VAT 10 %, BHD with three decimals)
BH_V = [
    ("Seef Towers Owners Association Management W.L.L.", "إدارة جمعية ملاك أبراج السيف ذ.م.م", "Building 2450, Road 2832, Block 428, Seef, Kingdom of Bahrain", "Seef Towers", "#0b4f6c"),
    ("Amwaj Marina Property Services W.L.L.", "أمواج مارينا لخدمات العقارات ذ.م.م", "Building 88, Road 5, Block 256, Amwaj Islands, Kingdom of Bahrain", "Marina Residences", "#7a3b00"),
    ("Juffair Heights Facilities Management Co. W.L.L.", "شركة مرتفعات الجفير لإدارة المرافق ذ.م.م", "Building 611, Road 4008, Block 340, Juffair, Kingdom of Bahrain", "Juffair Heights", "#3c5a14"),
    ("Riffa Views Community Association B.S.C. (c)", "جمعية مجتمع رفاع فيوز", "Building 1, Avenue 95, Block 939, Riffa, Kingdom of Bahrain", "Riffa Views", "#5b2a6e"),
]
BH_OWN = ["Mr. Ahmed Yusuf Al-Khalifa", "Ms. Sarah Mitchell", "Dr. Rajesh Menon", "Al Zayani Investments B.S.C. (c)"]
S01_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.3pt")
    + """
.hd{color:{{ color }}} .ar{direction:rtl;text-align:right} table.kv td{padding:2px 6px;border-bottom:1px solid #e3e3e3} table.it{width:100%;margin-top:12px} table.it th{background:{{ color }};color:#fff;padding:4px;font-size:7.4pt}
table.it td{padding:4px;border-bottom:1px solid #ccc} table.tot{margin-left:auto;margin-top:8px;min-width:98mm} table.tot td{padding:3px 6px} .small{font-size:7pt;color:#555} .box{border:1px solid {{ color }};padding:6px 8px;margin-top:12px}
</style></head><body>
<table style="width:100%"><tr><td style="width:55%"><div class="hd" style="font-size:14pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tel {{ tel }} · {{ mail }}</div></td>
<td class="ar"><div class="hd" style="font-size:13pt;font-weight:bold">{{ v_ar }}</div><div>سجل تجاري رقم {{ cr }}</div></td></tr></table>
<div style="margin-top:4px">C.R. No. {{ cr }} · VAT Account Number: <b>{{ vat }}</b> <span class="ar">رقم حساب ضريبة القيمة المضافة</span></div>
<table style="width:100%;margin-top:14px"><tr><td><div class="hd" style="font-size:15pt;font-weight:bold">{{ title }}</div></td><td class="ar hd" style="font-size:14pt;font-weight:bold">{{ title_ar }}</td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td style="width:50%;vertical-align:top"><table class="kv">{% for k, a, v in meta %}<tr><td>{{ k }}</td><td><b>{{ v }}</b></td><td class="ar small">{{ a }}</td></tr>{% endfor %}</table></td>
<td style="vertical-align:top;padding-left:16px"><div class="small">Owner / المالك</div><b>{{ owner }}</b><br>{{ unit }}<br>{{ project }}<br><br><table class="kv">{% for k, v in unitkv %}<tr><td class="small">{{ k }}</td><td>{{ v }}</td></tr>{% endfor %}</table></td></tr></table>
<table class="it"><tr><th style="text-align:left">Description / <span>البيان</span></th><th class="r">Basis</th><th class="r">Qty</th><th class="r">Rate (BD)</th><th class="r">Amount excl. VAT (BD)</th><th class="r">VAT 10%</th><th class="r">Total (BD)</th></tr>
{% for it in items %}<tr><td>{{ it.desc }}<br><span class="small ar" style="display:block">{{ it.ar }}</span></td><td class="r">{{ it.unit }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">{{ it.v }}</td><td class="r">{{ it.g }}</td></tr>{% endfor %}</table>
<table class="tot">{% for k, a, v, b in tots %}<tr{% if b %} style="background:#eef3f5"{% endif %}><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="ar small">{{ a }}</td><td class="r">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
{% if arrears %}<table class="tot" style="margin-top:10px;border-top:1px dashed #999">{% for k, v in arrears %}<tr><td>{{ k }}</td><td class="r">{{ v }}</td></tr>{% endfor %}</table>{% endif %}
<div class="box"><b>Payment</b> · {{ bank }} · IBAN {{ iban }} · Please quote the owner account number {{ acct }} as the payment reference. {{ terms }}</div>
<div class="small ar" style="margin-top:8px">{{ terms_ar }}</div>
<div class="small" style="margin-top:18px;border-top:1px solid #bbb;padding-top:4px">{{ foot }}</div>
</body></html>"""
)


@style("01", "bh_service_charge_demand_bilingual")
def s01(rng, i):
    vname, var, vaddr, project, color = BH_V[i]
    owner = BH_OWN[i]
    d = rand_date(rng)
    qn = (d.month - 1) // 3 + 1
    q_start = dt.date(d.year, 3 * (qn - 1) + 1, 1)
    q_end = (dt.date(d.year + (qn == 4), (3 * qn) % 12 + 1, 1)) - dt.timedelta(days=1)
    area = D(rng.randint(780, 3400)) / 10 if i != 3 else D(rng.randint(2400, 9800)) / 10
    items = []
    rate = exact_price(rng, area, D("1.10"), D("2.60"), step=D("0.005"))
    items.append({"desc": f"Service charge Q{qn} {d.year} ({q_start.strftime('%d/%m/%Y')} – {q_end.strftime('%d/%m/%Y')})", "ar": "رسوم الخدمات للربع", "unit": "sq m", "qty": area, "price": rate})
    rf = exact_price(rng, area, D("0.10"), D("0.40"), step=D("0.005"))
    items.append({"desc": "Reserve (sinking) fund contribution", "ar": "مساهمة صندوق الاحتياطي", "unit": "sq m", "qty": area, "price": rf})
    if rng.random() < 0.7:
        th = D(rng.randint(1200, 9800))
        items.append({"desc": "District cooling – consumption (ton-hours)", "ar": "التبريد المركزي – الاستهلاك", "unit": "TRh", "qty": th, "price": exact_price(rng, th, D("0.020"), D("0.045"), step=D("0.001"))})
    bays = rng.randint(1, 2) if i != 3 else rng.randint(3, 8)
    items.append({"desc": "Additional car park bay", "ar": "موقف سيارة إضافي", "unit": "bay", "qty": D(bays), "price": D(rng.randint(30, 75))})
    for it in items:
        it["amount"] = q2(it["qty"] * it["price"])
        it["vat"] = q2(it["amount"] * D("0.10"))
    net = sum(it["amount"] for it in items)
    tax = sum(it["vat"] for it in items)
    total = net + tax
    vat = "2" + digits(rng, 14)
    cr = f"{rng.randint(10000, 159999)}-{rng.randint(1, 9)}"
    no = [f"SCD/{d.year}/Q{qn}/{rng.randint(100, 999)}", f"AMP-{rng.randint(100000, 999999)}", f"JH{d.strftime('%y')}{qn}{rng.randint(1000, 9999)}", f"RV-SC-{rng.randint(1000, 9999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} {MONTHS['en'][x.month - 1]} {x.year}", lambda x: x.strftime("%d-%b-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 15, 30, 21][i]) if i != 2 else None
    po = f"PO-AZI-{rng.randint(10000, 99999)}" if i == 3 else None
    acct = f"OW-{rng.randint(1000, 9999)}"
    meta = [("Demand No.", "رقم المطالبة", no), ("Date of issue", "تاريخ الإصدار", fd(d)), ("Period", "الفترة", f"Q{qn} {d.year}")]
    if due:
        meta.append(("Payment due by", "تاريخ الاستحقاق", fd(due)))
    else:
        meta.append(("Payment terms", "شروط الدفع", "Payable within 30 days of the demand"))
    if po:
        meta.append(("Your PO No.", "رقم أمر الشراء", po))
    meta.append(("Owner account", "حساب المالك", acct))
    unit_no = f"{rng.choice(['A', 'B', 'T1', 'T2'])}-{rng.randint(3, 42)}{rng.randint(1, 12):02d}"
    unitkv = [("Unit", unit_no), ("Title deed", f"{rng.randint(10000, 99999)}/{rng.randint(2008, 2022)}"), ("Area", f"{qstr(area)} sq m"), ("Participation quota", f"{D(rng.randint(12, 95)) / 100}%")]
    tots = [("Total excl. VAT", "المجموع قبل الضريبة", f"BD {en3(net)}", False), ("VAT 10%", "ضريبة القيمة المضافة ١٠٪", f"BD {en3(tax)}", False), ("Total this demand incl. VAT", "الإجمالي شامل الضريبة", f"BD {en3(total)}", True)]
    arrears = []
    if i in (0, 2):
        prev = q2(D(rng.randint(50, 900)) + D(rng.randint(0, 99)) / 100)
        arrears = [("Balance brought forward (unpaid previous demands)", f"BD {en3(prev)}"), ("Total outstanding on owner account", f"BD {en3(prev + total)}")]
    bank = rng.choice(["National Bank of Bahrain", "Bank of Bahrain and Kuwait", "Ahli United Bank", "Bahrain Islamic Bank"])
    ib = iban("BH", rng.choice(["NBOB", "BBKU", "AUBB", "BIBB"]) + digits(rng, 14))
    ctx = dict(
        color=color, v_name=vname, v_ar=var, v_addr=vaddr, tel=f"+973 17{digits(rng, 6)}", mail=f"accounts@{project.lower().replace(' ', '')}.bh", cr=cr, vat=vat,
        title="SERVICE CHARGE DEMAND – TAX INVOICE", title_ar="مطالبة رسوم الخدمات – فاتورة ضريبية", meta=meta, owner=owner, unit=f"Unit {unit_no}", project=project + ", Kingdom of Bahrain",
        unitkv=unitkv,
        items=[{"desc": it["desc"], "ar": it["ar"], "unit": it["unit"], "q": qstr(it["qty"]), "p": fnum(it["price"], ".", ",", 3), "a": en3(it["amount"]), "v": en3(it["vat"]), "g": en3(it["amount"] + it["vat"])} for it in items],
        tots=tots, arrears=arrears, bank=bank, iban=iban_fmt(ib), acct=acct,
        terms="Service charges are apportioned by participation quota under the Unified Building Regulations (Law No. 27 of 2017) and the association's budget approved at the general assembly.",
        terms_ar="تُوزع رسوم الخدمات حسب حصة المشاركة وفقاً للميزانية المعتمدة من الجمعية العمومية.",
        foot=f"{vname} · C.R. {cr} · This is a computer-generated tax invoice issued under the VAT Law (Decree-Law No. 48 of 2018).",
    )
    notes = (
        "Bahraini owners' association SERVICE CHARGE DEMAND – TAX INVOICE, English with Arabic labels beside each one (the Arabic repeats the English; amounts in Western digits): vendor = the English legal name "
        "(the Arabic name is the same company); vendor tax id = 'VAT Account Number' (15 digits starting 2; no public checksum: random); the C.R. number, title deed, unit, owner account and IBAN are decoys. "
        "invoice_number = 'Demand No.'; invoice_date = 'Date of issue' (" + ["dd/mm/yyyy", "'12 March 2026'", "dd-Mon-yyyy", "dd/mm/yyyy"][i] + "); the quarter's dates in the first row are decoys. "
        + ("due = 'Payment due by'. " if due else "'Payable within 30 days of the demand' is a term: no due date (null). ")
        + (f"PO = 'Your PO No.' {po}. " if po else "No PO. ")
        + "subtotal = 'Total excl. VAT'; tax = 'VAT 10%'; total = 'Total this demand incl. VAT'"
        + ("; the 'Balance brought forward' and the 'Total outstanding on owner account' below it are decoys" if arrears else "")
        + ". Currency BHD ('BD', three decimals printed, the third always 0 here: '1,234.560'). Line items: every row (amount = 'Amount excl. VAT'; quantity 'Qty': the area in sq m with one decimal, ton-hours, bays)."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=vat, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="BHD", subtotal=mt(net), tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, vat, no, po, vname, f"BD {en3(total)}"]}, (S01_HTML, ctx)


# =========================================================================== 05 Cape Verdean clinic fatura (NIF, exempt medical acts, insurer's share and patient's share)
CV_V = [
    ("Clínica Médica do Plateau, Lda.", "Av. Amílcar Cabral, n.º 34, Plateau, Praia, Santiago", "#00607a"),
    ("Centro de Diagnóstico Mindelo, S.A.", "Rua de Lisboa, n.º 12, Mindelo, São Vicente", "#7a1f3d"),
    ("Policlínica Sal Saúde, Lda.", "Zona Tanquinho, Espargos, Ilha do Sal", "#2f6b2f"),
    ("Clínica Santa Catarina, Lda.", "Rua Serpa Pinto, n.º 7, Assomada, Santiago", "#4b3a7a"),
]
CV_PAT = ["Maria da Luz Tavares Semedo", "João Baptista Lopes Fortes", "Ana Paula Monteiro Silva", "Elísio Gomes Varela"]
CV_INS = [("Garantia Seguros", 80), ("Impar Seguros", 70), ("INPS – Instituto Nacional de Previdência Social", 75), ("Garantia Seguros", 90)]
CV_ACTS = [
    ("C0101", "Consulta de clínica geral", 2500, 3500, 1, 1), ("C0204", "Consulta de especialidade – cardiologia", 4500, 6500, 1, 1), ("L1020", "Hemograma completo", 900, 1400, 1, 1),
    ("L1105", "Glicemia em jejum", 350, 600, 1, 1), ("L1210", "Perfil lipídico", 1500, 2400, 1, 1), ("I2001", "Ecografia abdominal", 5500, 8000, 1, 1), ("I2103", "Radiografia do tórax (PA e perfil)", 3200, 4500, 1, 2),
    ("I2210", "Electrocardiograma", 2200, 3300, 1, 1), ("P3005", "Injectável intramuscular (administração)", 300, 500, 1, 3), ("P3010", "Penso simples", 400, 700, 1, 4),
]
S05_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="13mm 14mm", font="'DejaVu Sans',sans-serif", fs="8.4pt")
    + """
.hd{color:{{ color }}} table.it{width:100%;margin-top:12px} table.it th{border-bottom:1.5px solid {{ color }};padding:3px 4px;font-size:7.3pt;text-align:left} table.it th.r{text-align:right}
table.it td{padding:3px 4px;border-bottom:1px solid #ddd} table.tot{margin-left:auto;margin-top:8px} table.tot td{padding:2px 6px} .small{font-size:7pt;color:#555} .box{border:1px solid #aaa;padding:6px 8px}
</style></head><body>
<table style="width:100%"><tr><td style="width:58%"><div class="hd" style="font-size:15pt;font-weight:bold">{{ v_name }}</div><div>{{ v_addr }}</div><div>Tel. {{ tel }} · NIF {{ nif }}</div><div class="small">Alvará n.º {{ alvara }} · Capital social {{ capital }}</div></td>
<td class="box" style="vertical-align:top"><div class="hd" style="font-size:14pt;font-weight:bold">FATURA</div><div>N.º <b>{{ no }}</b></div><div>Data de emissão: {{ d }}</div>{% if due %}<div>Data de vencimento: {{ due }}</div>{% endif %}<div class="small">IUD: {{ iud }}</div></td></tr></table>
<table style="width:100%;margin-top:12px"><tr><td style="width:50%" class="box"><div class="small">Utente</div><b>{{ patient }}</b><br>N.º de processo clínico: {{ proc }}<br>NIF do utente: {{ pnif }}<br>Data do atendimento: {{ visit }}</td>
<td style="width:2%"></td><td class="box"><div class="small">Entidade financiadora</div><b>{{ insurer }}</b><br>Apólice / N.º de beneficiário: {{ policy }}<br>Comparticipação: {{ pct }} %{% if po %}<br>Termo de responsabilidade n.º {{ po }}{% endif %}</td></tr></table>
<table class="it"><tr><th>Código</th><th style="width:38%">Acto / descrição</th><th class="r">Qtd.</th><th class="r">Preço unit.</th><th class="r">Valor</th><th class="r">IVA</th><th class="r">Seguradora</th><th class="r">Utente</th></tr>
{% for it in items %}<tr><td>{{ it.code }}</td><td>{{ it.desc }}</td><td class="r">{{ it.q }}</td><td class="r">{{ it.p }}</td><td class="r">{{ it.a }}</td><td class="r">M07</td><td class="r">{{ it.ins }}</td><td class="r">{{ it.pat }}</td></tr>{% endfor %}</table>
<div class="small" style="margin-top:3px">M07 – Isento de IVA: prestações de serviços médicos e sanitários (artigo 9.º do Regulamento do IVA).</div>
<table class="tot">{% for k, v, b in tots %}<tr><td>{% if b %}<b>{{ k }}</b>{% else %}{{ k }}{% endif %}</td><td class="r" style="min-width:34mm">{% if b %}<b>{{ v }}</b>{% else %}{{ v }}{% endif %}</td></tr>{% endfor %}</table>
<div class="box" style="margin-top:10px"><table style="width:100%">{% for k, v in split %}<tr><td>{{ k }}</td><td class="r"><b>{{ v }}</b></td></tr>{% endfor %}</table></div>
<div style="margin-top:8px">{{ words }}</div>
<table style="width:100%;margin-top:14px"><tr><td style="width:28mm">{{ qr|safe }}</td><td class="small" style="padding-left:8px">{{ legal }}<br>Pagamento: {{ bank }}, NIB {{ nib }}.<br>Processado por programa certificado n.º {{ cert }}/DNRE</td></tr></table>
</body></html>"""
)


@style("05", "cv_fatura_clinic_insurer_share")
def s05(rng, i):
    vname, vaddr, color = CV_V[i]
    ins_name, pct = CV_INS[i]
    d = rand_date(rng)
    items = []
    for code, desc, lo, hi, qlo, qhi in sorted(rng.sample(CV_ACTS, rng.randint(3, 6))):
        q = D(rng.randint(qlo, qhi))
        p = D(rng.randint(lo // 50, hi // 50) * 50)
        a = q * p
        insp = q2(a * pct / 100)
        items.append({"code": code, "desc": desc, "qty": q, "price": p, "amount": a, "ins": insp, "pat": a - insp})
    total = sum(it["amount"] for it in items)
    ins_sum = sum(it["ins"] for it in items)
    pat_sum = total - ins_sum
    nif = str(rng.choice([2, 2, 2, 3])) + digits(rng, 8)
    no = [f"FT {d.year}/{rng.randint(100, 9999):06d}", f"FT CDM{d.year}/{rng.randint(100, 999)}", f"FT A/{rng.randint(1000, 9999)}", f"FT {str(d.year)[2:]}.{rng.randint(100, 999)}"][i]
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['pt'][x.month - 1]} de {x.year}", lambda x: x.strftime("%d-%m-%Y"), lambda x: x.strftime("%d/%m/%Y")][i]
    due = d + dt.timedelta(days=[30, 0, 15, 30][i]) if i != 1 else None
    po = f"TR-{rng.randint(10000, 99999)}" if i in (0, 3) else None
    visit = d - dt.timedelta(days=rng.randint(0, 6))
    money = lambda x: de(x)  # noqa: E731
    tots = [("Total ilíquido", f"{money(total)} CVE", False), ("Descontos", f"{money(D(0))} CVE", False), ("IVA (isento – M07)", f"{money(D(0))} CVE", False), ("Total da fatura", f"{money(total)} CVE", True)]
    split = [(f"Comparticipação {ins_name} ({pct} %) – a faturar à entidade", f"{money(ins_sum)} CVE"), ("Valor a pagar pelo utente", f"{money(pat_sum)} CVE")]
    if i == 2:
        split.append((f"Pago pelo utente em numerário a {fd(d)} (recibo RC {rng.randint(100, 999)})", f"{money(pat_sum)} CVE"))
    whole = int(total)
    words = f"Total da fatura por extenso: {pt_words(whole)} escudos cabo-verdianos."
    ctx = dict(
        color=color, v_name=vname, v_addr=vaddr, tel=f"(+238) {rng.choice(['260', '231', '241', '265'])} {digits(rng, 2)} {digits(rng, 2)}", nif=nif, alvara=f"{rng.randint(10, 99)}/MS/{rng.randint(2005, 2020)}",
        capital=f"{de(D(rng.choice([1, 2, 5, 10])) * 1000000, 0)} CVE", no=no, d=fd(d), due=fd(due) if due else None, iud="CV" + digits(rng, 1) + d.strftime("%y%m%d") + nif + digits(rng, 20) + digits(rng, 8),
        patient=CV_PAT[i], proc=f"{rng.randint(10000, 99999)}/{str(d.year)[2:]}", pnif=str(1) + digits(rng, 8), visit=fd(visit), insurer=ins_name, policy=f"{rng.choice(['GS', 'IMP', 'INPS'])}-{digits(rng, 8)}", pct=pct, po=po,
        items=[{"code": it["code"], "desc": it["desc"], "q": qstr(it["qty"]), "p": money(it["price"]), "a": money(it["amount"]), "ins": money(it["ins"]), "pat": money(it["pat"])} for it in items],
        tots=tots, split=split, words=words, qr=qr_svg(rng, 24), legal="Documento emitido no sistema e-Fatura da DNRE. Os valores da comparticipação são faturados à entidade financiadora nos termos do acordo em vigor.",
        bank=rng.choice(["Banco Comercial do Atlântico", "Caixa Económica de Cabo Verde", "Banco Cabo-Verdiano de Negócios"]), nib=f"000{rng.randint(1, 9)} {digits(rng, 4)} {digits(rng, 11)} {digits(rng, 2)}", cert=rng.randint(10, 99),
    )
    notes = (
        "Cape Verdean clinic FATURA (Portuguese) to a patient with an insurer or the INPS sharing the cost: vendor = the clinic's legal name; vendor tax id = 'NIF' (9 digits, no public checksum: random); the patient's NIF, "
        "the IUD, the alvará, the process, policy and beneficiary numbers and the NIB are decoys. invoice_number = 'N.º' in the FATURA box (with its 'FT' series prefix); invoice_date = 'Data de emissão' ("
        + ["dd/mm/yyyy", "'12 de março de 2026'", "dd-mm-yyyy", "dd/mm/yyyy"][i] + "); the visit date ('Data do atendimento') is a decoy. " + ("due = 'Data de vencimento'. " if due else "No due date (null). ")
        + (f"PO = 'Termo de responsabilidade n.º' {po} (the insurer's guarantee of payment, the document's order reference). " if po else "No PO. ")
        + "All acts are exempt from IVA (M07): subtotal = 'Total ilíquido'; tax = the printed 'IVA (isento – M07)' 0.00; total = 'Total da fatura' (the whole invoice). "
        "The insurer's share ('Comparticipação … a faturar à entidade'), the patient's share ('Valor a pagar pelo utente')" + (", the cash payment" if i == 2 else "") + " and the per-row 'Seguradora' / 'Utente' columns are decoys. "
        "Currency CVE (escudo, 'CVE' printed; amounts '1.234,00'). The total in words repeats the total. Line items: every act (amount = 'Valor'; quantity 'Qtd.')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nif, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="CVE", subtotal=mt(total), tax="0.00", total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, nif, no, po, vname, "CVE"]}, (S05_HTML, ctx)


# =========================================================================== 06 Guatemalan FEL factura of an insurer (premium with IVA 12 % included, NIT, UUID, serie and DTE number)
GT_V = [
    ("ASEGURADORA DEL QUETZAL, SOCIEDAD ANÓNIMA", "Seguros Quetzal", "12 calle 1-25 zona 10, Edificio Géminis 10, Torre Norte, nivel 14, Guatemala, Guatemala", "#0a4a8a"),
    ("COMPAÑÍA DE SEGUROS EL ROBLE DE OCCIDENTE, S.A.", "Seguros Roble de Occidente", "4a calle 12-30 zona 3, Quetzaltenango", "#8a3a0a"),
    ("SEGUROS MAYA DEL PACÍFICO, S.A.", "Maya Seguros", "Avenida La Reforma 9-55 zona 10, Guatemala, Guatemala", "#1f6b4a"),
    ("ASEGURADORA CENTROAMERICANA DE FIANZAS Y SEGUROS, S.A.", "ACEFSA", "Diagonal 6 10-01 zona 10, Centro Gerencial Las Margaritas, Guatemala", "#5a2a7a"),
]
GT_B = ["TRANSPORTES HERMANOS MÉNDEZ, S.A.", "JUAN CARLOS AJQUÍ TZOC", "DISTRIBUIDORA DE GRANOS DEL SUR, S.A.", "CORPORACIÓN HOTELERA ANTIGUA, S.A."]
GT_POL = [("Seguro de automóviles – flotilla", "AUTO", 9000, 48000), ("Seguro de automóvil individual", "AUTO", 3500, 9500), ("Seguro de incendio y líneas aliadas", "INC", 12000, 60000), ("Seguro de responsabilidad civil general", "RC", 8000, 30000)]
S06_HTML = (
    """<html><head><meta charset="utf-8"><style>"""
    + css(margin="12mm 13mm", font="'DejaVu Sans',sans-serif", fs="8.2pt")
    + """
.hd{color:{{ color }}} table.g{width:100%;border:1px solid #999} table.g td{border:1px solid #bbb;padding:3px 5px} .lab{font-size:6.8pt;color:#555;display:block} table.it{width:100%;margin-top:10px;border:1px solid #999}
table.it th{background:#e8eef5;border:1px solid #999;padding:3px 4px;font-size:7.2pt} table.it td{border-left:1px solid #bbb;border-right:1px solid #bbb;padding:3px 4px} table.it td.r{white-space:nowrap} .small{font-size:7pt;color:#555}
</style></head><body>
<table style="width:100%"><tr><td style="width:60%"><div class="hd" style="font-size:18pt;font-weight:bold">{{ brand }}</div><div style="font-weight:bold">{{ v_name }}</div><div>NIT: {{ nit }}</div><div class="small">{{ v_addr }}</div><div class="small">Tel. {{ tel }}</div></td>
<td style="vertical-align:top"><table class="g"><tr><td colspan="2" class="c hd" style="font-size:12pt;font-weight:bold">FACTURA</td></tr><tr><td colspan="2"><span class="lab">Número de autorización:</span>{{ uuid }}</td></tr>
<tr><td><span class="lab">Serie:</span>{{ serie }}</td><td><span class="lab">Número de DTE:</span><b>{{ no }}</b></td></tr><tr><td colspan="2"><span class="lab">Fecha y hora de emisión:</span>{{ d }}</td></tr></table></td></tr></table>
<table class="g" style="margin-top:10px"><tr><td style="width:55%"><span class="lab">Nombre receptor:</span><b>{{ b_name }}</b></td><td><span class="lab">NIT receptor:</span>{{ b_nit }}</td><td><span class="lab">Moneda:</span>GTQ</td></tr>
<tr><td><span class="lab">Dirección receptor:</span>{{ b_addr }}</td><td colspan="2"><span class="lab">{{ pay_k }}</span>{{ pay_v }}</td></tr>
<tr><td><span class="lab">Póliza:</span>{{ pol }} · {{ pol_name }}</td><td colspan="2"><span class="lab">Vigencia:</span>{{ vig }}</td></tr>
<tr><td><span class="lab">Suma asegurada:</span>Q {{ suma }}</td><td colspan="2"><span class="lab">{{ ref_k }}</span>{{ ref_v }}</td></tr></table>
<table class="it"><tr><th>#</th><th>B/S</th><th class="r">Cantidad</th><th style="width:44%">Descripción</th><th class="r">Precio/Valor unitario (Q)</th><th class="r">Descuentos (Q)</th><th class="r">Total (Q)</th><th class="r">Impuestos (Q)</th></tr>
{% for it in items %}<tr><td>{{ loop.index }}</td><td>S</td><td class="r">{{ it.q }}</td><td>{{ it.desc }}</td><td class="r">{{ it.p }}</td><td class="r">0.00</td><td class="r">{{ it.a }}</td><td class="r">IVA {{ it.t }}</td></tr>{% endfor %}
<tr><td colspan="6" class="r" style="border-top:1px solid #999"><b>TOTALES:</b></td><td class="r" style="border-top:1px solid #999"><b>{{ total }}</b></td><td class="r" style="border-top:1px solid #999">IVA {{ tax }}</td></tr></table>
<table style="width:100%;margin-top:8px"><tr><td>{{ words }}</td><td class="r"><b>Total a pagar: Q {{ total }}</b></td></tr></table>
<div class="small" style="margin-top:6px">* Sujeto a pagos trimestrales ISR · Agente de Retención del IVA</div>
<div class="small">Precios incluyen IVA (12 %). {{ note }}</div>
<table style="width:100%;margin-top:16px;border-top:1px solid #bbb"><tr><td style="width:27mm;padding-top:6px">{{ qr|safe }}</td><td class="small" style="padding:6px 0 0 8px">Certificador: {{ cert }} · NIT: {{ cert_nit }}<br>Fecha de certificación: {{ cert_d }}<br>Documento Tributario Electrónico según régimen FEL de la SAT.</td></tr></table>
</body></html>"""
)


@style("06", "gt_fel_insurance_premium")
def s06(rng, i):
    vname, brand, vaddr, color = GT_V[i]
    bname = GT_B[i]
    d = rand_date(rng)
    pol_name, pref, lo, hi = GT_POL[i]
    n_cuotas = [4, 1, 12, 2][i]
    k = rng.randint(1, n_cuotas)
    annual = D(rng.randint(lo, hi)) + D(rng.randint(0, 99)) / 100
    prima = q2(annual / n_cuotas)
    items = [{"desc": f"Prima {'cuota ' + str(k) + ' de ' + str(n_cuotas) if n_cuotas > 1 else 'anual'} – {pol_name}, póliza {pref}-{{pol}}", "qty": D(1), "price": prima}]
    items.append({"desc": "Gastos de emisión de póliza" if k == 1 else "Gastos de administración de cuota", "qty": D(1), "price": q2(prima * D(rng.randint(3, 6)) / 100)})
    if n_cuotas > 1:
        items.append({"desc": "Recargo por fraccionamiento de prima", "qty": D(1), "price": q2(prima * D(rng.randint(4, 8)) / 100)})
    if pref == "AUTO":
        nveh = rng.randint(3, 12) if i == 0 else 1
        items.append({"desc": "Asistencia vial 24 horas", "qty": D(nveh), "price": D(rng.randint(25, 60)) + D(rng.choice([0, 50])) / 100})
    pol = f"{pref}-{digits(rng, 6)}"
    for it in items:
        it["desc"] = it["desc"].replace(f"{pref}-{{pol}}", pol)
        it["amount"] = q2(it["qty"] * it["price"])
        it["tax"] = q2(it["amount"] * 12 / 112)
    total = sum(it["amount"] for it in items)
    tax = sum(it["tax"] for it in items)
    nit = valid(rng, lambda: (lambda b: b + "-" + _gtnit.calc_check_digit(b))(str(rng.randint(100000, 99999999))), lambda c: _gtnit.is_valid(c))
    b_nit = "CF" if i == 1 else valid(rng, lambda: (lambda b: b + "-" + _gtnit.calc_check_digit(b))(str(rng.randint(100000, 99999999))), lambda c: _gtnit.is_valid(c))
    uuid = "-".join("".join(rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    serie, no = uuid[:8], str(int(uuid[9:13] + uuid[14:18], 16))
    fd = [lambda x: x.strftime("%d/%m/%Y"), lambda x: f"{x.day} de {MONTHS['es'][x.month - 1]} de {x.year}", lambda x: f"{x.day:02d}-{MONTHS['es_short'][x.month - 1]}-{x.year}", lambda x: x.strftime("%d/%m/%Y")][i]
    hh = f"{rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    due = d + dt.timedelta(days=[30, 0, 20, 15][i]) if i != 1 else None
    po = f"OC-{rng.randint(2025000, 2026999)}" if i == 3 else None
    vig_s = d - dt.timedelta(days=rng.randint(0, 200))
    vig = f"{vig_s.strftime('%d/%m/%Y')} al {vig_s.replace(year=vig_s.year + 1).strftime('%d/%m/%Y') if not (vig_s.month == 2 and vig_s.day == 29) else vig_s.strftime('%d/%m/') + str(vig_s.year + 1)}"
    suma = en(D(rng.randint(15, 400) * 10000))
    whole, cents = int(total), int((total - int(total)) * 100)
    words = f"Total en letras: {es_words(whole).upper()} QUETZALES CON {cents:02d}/100"
    ctx = dict(
        color=color, brand=brand, v_name=vname, nit=nit, v_addr=vaddr, tel=f"(502) 2{digits(rng, 3)}-{digits(rng, 4)}", uuid=uuid, serie=serie, no=no, d=f"{fd(d)} {hh}", b_name=bname, b_nit=b_nit,
        b_addr="Ciudad" if i == 1 else rng.choice(["Km 16.5 Carretera a El Salvador, Santa Catarina Pinula", "Escuintla, Escuintla", "5a avenida norte 20, Antigua Guatemala, Sacatepéquez"]),
        pay_k="Fecha límite de pago:" if due else "Condición de pago:", pay_v=fd(due) if due else "Contado – débito a tarjeta", pol=pol, pol_name=pol_name, vig=vig, suma=suma,
        ref_k="Orden de compra:" if po else "Intermediario:", ref_v=po if po else rng.choice(["Corredores Unidos, S.A. (cód. 0147)", "Venta directa", "Agente Luis F. Cifuentes (cód. 2231)"]),
        items=[{"q": qstr(it["qty"]), "desc": it["desc"], "p": en(it["price"]), "a": en(it["amount"]), "t": en(it["tax"])} for it in items], total=en(total), tax=en(tax), words=words,
        note=f"Prima total anual de la póliza: Q {en(q2(annual))}." if n_cuotas > 1 else "", qr=qr_svg(rng, 25),
        cert=rng.choice(["INFILE, S.A.", "DIGIFACT SERVICIOS, S.A.", "G4S DOCUMENTA, S.A."]), cert_nit=rng.choice(["12521337", "77454820", "5750818-6"]), cert_d=f"{fd(d)} {hh}",
    )
    notes = (
        "Guatemalan FEL FACTURA of an insurer for a premium (the prices include IVA 12 %; the 'Impuestos' column gives the IVA inside each row): vendor = the legal name (S.A.) under the brand; vendor tax id = 'NIT' as "
        "printed with its hyphen (valid check digit, python-stdnum); the receptor's NIT, the certifier's NIT, the UUID 'Número de autorización', the policy number and the sum insured are decoys. "
        "invoice_number = 'Número de DTE' (the decimal number; the 8-character 'Serie' is not part of it); invoice_date = 'Fecha y hora de emisión' (" + ["dd/mm/yyyy", "'12 de marzo de 2026'", "'12-mar-2026'", "dd/mm/yyyy"][i]
        + ", with the time); the certification date, the policy's 'Vigencia' dates are decoys. " + ("due = 'Fecha límite de pago'. " if due else "'Contado': no due date (null). ")
        + (f"PO = 'Orden de compra' {po}. " if po else "No PO. ")
        + "No net amount is printed: subtotal null; tax = the IVA total in the TOTALES row; total = 'Total a pagar' (= the TOTALES row). "
        + ("The annual premium ('Prima total anual') is a decoy. " if n_cuotas > 1 else "")
        + "Currency GTQ ('Q', 'Moneda: GTQ'). Amounts '1,234.56'; the total in words repeats the total. Line items: every row (amount = 'Total', IVA included; quantity 'Cantidad')."
    )
    t = T(
        vendor_name=vname, vendor_tax_id=nit, invoice_number=no, po_number=po, invoice_date=d.isoformat(), due_date=due.isoformat() if due else None,
        currency="GTQ", subtotal=None, tax=mt(tax), total=mt(total), line_items=li(items), notes=notes,
    )
    return t, {"printed": [fd(d), fd(due) if due else None, nit, no, po, vname, serie]}, (S06_HTML, ctx)
